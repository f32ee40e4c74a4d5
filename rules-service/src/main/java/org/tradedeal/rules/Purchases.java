package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How the draft's purchases count for the deficit, year by year (plain loops: they run in every evaluation). */
public final class Purchases {

    private Purchases() {
    }

    /** What one purchase counts for in a year it runs: binding in full, best effort at {@code bestEffortFactor}. */
    public static BigDecimal counted(Purchase purchase, BigDecimal bestEffortFactor) {
        return purchase.binding() ? purchase.addedUsdPerYear() : purchase.addedUsdPerYear().multiply(bestEffortFactor);
    }

    /** The year in which the purchases that run at the same time count for the most, and that amount. */
    public record PeakYear(int year, BigDecimal counted) {
    }

    /**
     * The peak year of the package: each purchase runs from its first year for its number of years, and
     * counts in each of those years; the year with the largest counted sum (the earliest among equals) is
     * the one the deficit is projected for. Purchases that never run at the same time are not added up;
     * one more purchase never lowers the peak. A sweep over the years where a purchase starts or ends.
     */
    public static PeakYear peakYear(List<Purchase> purchases, BigDecimal bestEffortFactor) {
        if (purchases.isEmpty()) {
            return new PeakYear(0, BigDecimal.ZERO);
        }
        // year -> change of the counted sum in that year (a purchase starts, or has ended)
        TreeMap<Integer, BigDecimal> changes = new TreeMap<>();
        for (Purchase p : purchases) {
            BigDecimal counted = counted(p, bestEffortFactor);
            changes.merge(p.firstYear(), counted, BigDecimal::add);
            changes.merge(p.firstYear() + p.years(), counted.negate(), BigDecimal::add);
        }
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal peak = BigDecimal.ZERO;
        int peakYear = changes.firstKey();
        for (Map.Entry<Integer, BigDecimal> change : changes.entrySet()) {
            running = running.add(change.getValue());
            if (running.compareTo(peak) > 0) {
                peak = running;
                peakYear = change.getKey();
            }
        }
        return new PeakYear(peakYear, peak);
    }
}
