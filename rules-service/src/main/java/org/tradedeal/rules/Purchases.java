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

    /** Yearly purchases as the deficit counts them: binding in full, best effort at {@code bestEffortFactor}. */
    public static BigDecimal counted(List<Purchase> purchases, BigDecimal bestEffortFactor) {
        BigDecimal counted = BigDecimal.ZERO;
        for (Purchase p : purchases) {
            counted = counted.add(p.binding() ? p.addedUsdPerYear() : p.addedUsdPerYear().multiply(bestEffortFactor));
        }
        return counted;
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
