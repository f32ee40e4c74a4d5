package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure functions over the draft's purchases (plain loops: they run in every evaluation). */
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

    public static BigDecimal total(List<Purchase> purchases) {
        BigDecimal total = BigDecimal.ZERO;
        for (Purchase p : purchases) {
            total = total.add(p.addedUsdPerYear());
        }
        return total;
    }

    /** The share of the yearly purchase value that is binding. */
    public static BigDecimal bindingShare(List<Purchase> purchases) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal binding = BigDecimal.ZERO;
        for (Purchase p : purchases) {
            total = total.add(p.addedUsdPerYear());
            if (p.binding()) {
                binding = binding.add(p.addedUsdPerYear());
            }
        }
        return total.signum() == 0 ? BigDecimal.ZERO : binding.divide(total, MathContext.DECIMAL64);
    }

    /** Yearly purchase value per HS code. */
    public static Map<String, BigDecimal> byProduct(List<Purchase> purchases) {
        Map<String, BigDecimal> byProduct = new TreeMap<>();
        for (Purchase p : purchases) {
            byProduct.merge(p.hsCode(), p.addedUsdPerYear(), BigDecimal::add);
        }
        return byProduct;
    }

    /** The first year in which any purchase starts. */
    public static int earliestYear(List<Purchase> purchases) {
        int earliest = Integer.MAX_VALUE;
        for (Purchase p : purchases) {
            earliest = Math.min(earliest, p.firstYear());
        }
        return earliest;
    }

    /** The share of the yearly purchase value taken by the largest product. */
    public static BigDecimal largestProductShare(List<Purchase> purchases) {
        BigDecimal total = total(purchases);
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal largest = BigDecimal.ZERO;
        for (BigDecimal value : byProduct(purchases).values()) {
            largest = largest.max(value);
        }
        return largest.divide(total, MathContext.DECIMAL64);
    }

    /** The HS code of the largest product (the lowest code among equals). */
    public static String largestProduct(List<Purchase> purchases) {
        String largest = null;
        BigDecimal value = null;
        for (Map.Entry<String, BigDecimal> product : byProduct(purchases).entrySet()) {
            if (value == null || product.getValue().compareTo(value) > 0) {
                largest = product.getKey();
                value = product.getValue();
            }
        }
        return largest;
    }
}
