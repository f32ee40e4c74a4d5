package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/** Pure arithmetic: a share, 0 when there is nothing to share (never a division by zero). */
public final class Ratio {

    private Ratio() {
    }

    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, MathContext.DECIMAL64);
    }
}
