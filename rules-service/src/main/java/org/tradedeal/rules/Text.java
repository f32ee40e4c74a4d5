package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How reasons quote numbers: dollars whole with separators, shares and points to one or two decimals. */
public final class Text {

    private Text() {
    }

    public static String usd(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,d USD", amount.setScale(0, RoundingMode.HALF_UP).toBigInteger());
    }

    public static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    public static String points(BigDecimal points) {
        return points.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
