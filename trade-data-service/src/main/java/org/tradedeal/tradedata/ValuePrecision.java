package org.tradedeal.tradedata;

/**
 * How precise a figure is. The declaration order is the order of preference when several figures
 * exist for the same thing: an exact figure beats a derived one, which beats a rounded one, which beats
 * an estimate.
 */
public enum ValuePrecision {
    /** Exact as published (e.g. Census dollars), or an exact sum of exact rows. */
    EXACT,
    /** Computed from other published figures (e.g. last year's value minus its change). */
    DERIVED,
    /** Published rounded (e.g. to 0.1 bn); the rounding unit says how coarse. */
    ROUNDED,
    /** An estimate. */
    ESTIMATED;

    /** The less precise of the two (the precision of a sum). */
    public ValuePrecision worse(ValuePrecision other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
