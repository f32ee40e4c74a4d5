package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Fact: a cut of our tariff on one of the other side's products, from one rate to another.
 *
 * @param firstIndex the index of the draft's first cut on the same product (its own when it is the first)
 */
public record TariffCut(int index, int firstIndex, String hsCode, BigDecimal fromPct, BigDecimal toPct) {

    /** Whether an earlier cut in the draft is on the same product. */
    public boolean repeat() {
        return index != firstIndex;
    }

    public String field() {
        return "draft.tariffCuts[" + index + "]";
    }

    /** How much of the tariff goes: 1 for a cut to zero, 0 for no cut. */
    public BigDecimal depth() {
        return fromPct.signum() == 0 ? BigDecimal.ZERO
                : fromPct.subtract(toPct).divide(fromPct, MathContext.DECIMAL64);
    }
}
