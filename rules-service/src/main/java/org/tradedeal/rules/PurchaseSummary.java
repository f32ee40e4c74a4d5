package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * Fact: the draft's purchases summed up once per evaluation (pure arithmetic over the Purchase facts), so
 * that the rules judging the package as a whole read figures instead of each collecting the purchases.
 *
 * @param counted        yearly purchases as the deficit counts them, in the peak year: binding in full,
 *                       best effort at the best-effort factor, only the purchases that run that year
 * @param peakYear       the year in which the purchases that run at the same time count for the most (0
 *                       without purchases)
 * @param products       how many distinct HS codes are bought
 * @param largestProduct the HS code with the most yearly purchase value (null without purchases)
 * @param largestShare   its share of the yearly purchase value
 * @param earliestYear   the first year in which any purchase starts (0 without purchases)
 */
public record PurchaseSummary(int count, BigDecimal total, BigDecimal counted, int peakYear, BigDecimal bindingShare,
                              int products, String largestProduct, BigDecimal largestShare, int earliestYear) {

    public static PurchaseSummary of(java.util.List<Purchase> purchases, BigDecimal bestEffortFactor) {
        Purchases.PeakYear peak = Purchases.peakYear(purchases, bestEffortFactor);
        return new PurchaseSummary(purchases.size(), Purchases.total(purchases),
                peak.counted(), peak.year(), Purchases.bindingShare(purchases),
                Purchases.byProduct(purchases).size(), Purchases.largestProduct(purchases),
                Purchases.largestProductShare(purchases), purchases.isEmpty() ? 0 : Purchases.earliestYear(purchases));
    }

    /** Whether one product takes more than {@code share} of the yearly purchase value. */
    public boolean concentratedAbove(BigDecimal share) {
        return largestShare.compareTo(share) > 0;
    }
}
