package org.tradedeal.tradedata.mapping;

import java.math.BigDecimal;

/** Number presentation shared by the mappers (used statically through {@code @Mapper(uses = Numbers.class)}). */
public final class Numbers {

    private Numbers() {
    }

    /** Without trailing zeros, never in exponent form once written plain (19.000 -> 19, 0.250 -> 0.25). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
