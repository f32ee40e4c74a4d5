package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** One pass over the purchases for the sums, one over the products for the largest, and the peak-year sweep. */
    public static PurchaseSummary of(List<Purchase> purchases, BigDecimal bestEffortFactor) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal binding = BigDecimal.ZERO;
        int earliestYear = Integer.MAX_VALUE;
        Map<String, BigDecimal> byProduct = new TreeMap<>();
        for (Purchase p : purchases) {
            total = total.add(p.addedUsdPerYear());
            if (p.binding()) {
                binding = binding.add(p.addedUsdPerYear());
            }
            earliestYear = Math.min(earliestYear, p.firstYear());
            byProduct.merge(p.hsCode(), p.addedUsdPerYear(), BigDecimal::add);
        }
        // The largest product; the map is in code order, so the lowest code among equals.
        String largestProduct = null;
        BigDecimal largestValue = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> product : byProduct.entrySet()) {
            if (largestProduct == null || product.getValue().compareTo(largestValue) > 0) {
                largestProduct = product.getKey();
                largestValue = product.getValue();
            }
        }
        Purchases.PeakYear peak = Purchases.peakYear(purchases, bestEffortFactor);
        return new PurchaseSummary(purchases.size(), total, peak.counted(), peak.year(), share(binding, total),
                byProduct.size(), largestProduct, share(largestValue, total), purchases.isEmpty() ? 0 : earliestYear);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO : part.divide(total, MathContext.DECIMAL64);
    }

    /** Whether one product takes more than {@code share} of the yearly purchase value. */
    public boolean concentratedAbove(BigDecimal share) {
        return largestShare.compareTo(share) > 0;
    }
}
