package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How reasons quote numbers: dollars whole with thousands separators, shares as percents to one
 * decimal. Plain string building: scoring is a hot path and java.util.Formatter is costly in it.
 */
public final class Text {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Text() {
    }

    /** 1066636980 -> "1,066,636,980 USD". */
    public static String usd(BigDecimal amount) {
        BigDecimal whole = amount.setScale(0, RoundingMode.HALF_UP);
        // A long's digits cost a fraction of a BigInteger's; any amount below 10^18 USD has them.
        String digits = whole.precision() < 19 ? Long.toString(whole.longValue()) : whole.toBigInteger().toString();
        boolean negative = digits.startsWith("-");
        String unsigned = negative ? digits.substring(1) : digits;
        StringBuilder text = new StringBuilder(unsigned.length() + 8);
        if (negative) {
            text.append('-');
        }
        int head = unsigned.length() % 3 == 0 ? 3 : unsigned.length() % 3;
        text.append(unsigned, 0, head);
        for (int i = head; i < unsigned.length(); i += 3) {
            text.append(',').append(unsigned, i, i + 3);
        }
        return text.append(" USD").toString();
    }

    /** 0.8437 -> "84.4%". */
    public static String percent(BigDecimal share) {
        return percent(share, 1);
    }

    /** 0.42188, 2 -> "42.19%". */
    public static String percent(BigDecimal share, int decimals) {
        BigDecimal scaled = share.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
        if (scaled.precision() >= 19) {
            return scaled.stripTrailingZeros().toPlainString() + "%";
        }
        // Plain long arithmetic: reasons quote several shares each, in every evaluation.
        long units = scaled.unscaledValue().longValue();
        int scale = decimals;
        while (scale > 0 && units % 10 == 0) {
            units /= 10;
            scale--;
        }
        return BigDecimal.valueOf(units, scale).toPlainString() + "%";
    }

    /** Points as the answer shows them: 1.25 -> "1.25", 40.00 -> "40". */
    public static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
