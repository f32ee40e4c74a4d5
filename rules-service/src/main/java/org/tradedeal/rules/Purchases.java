package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure functions over the draft's purchases. */
public final class Purchases {

    private Purchases() {
    }

    /** Yearly purchases as the deficit counts them: binding in full, best effort at {@code bestEffortFactor}. */
    public static BigDecimal counted(List<Purchase> purchases, BigDecimal bestEffortFactor) {
        return purchases.stream()
                .map(p -> p.binding() ? p.addedUsdPerYear() : p.addedUsdPerYear().multiply(bestEffortFactor))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal total(List<Purchase> purchases) {
        return purchases.stream().map(Purchase::addedUsdPerYear).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The share of the yearly purchase value that is binding. */
    public static BigDecimal bindingShare(List<Purchase> purchases) {
        BigDecimal total = total(purchases);
        BigDecimal binding = total(purchases.stream().filter(Purchase::binding).toList());
        return total.signum() == 0 ? BigDecimal.ZERO : binding.divide(total, MathContext.DECIMAL64);
    }

    /** Yearly purchase value per HS code. */
    public static Map<String, BigDecimal> byProduct(List<Purchase> purchases) {
        Map<String, BigDecimal> byProduct = new TreeMap<>();
        purchases.forEach(p -> byProduct.merge(p.hsCode(), p.addedUsdPerYear(), BigDecimal::add));
        return byProduct;
    }

    /** The share of the yearly purchase value taken by the largest product. */
    public static BigDecimal largestProductShare(List<Purchase> purchases) {
        BigDecimal total = total(purchases);
        BigDecimal largest = byProduct(purchases).values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return total.signum() == 0 ? BigDecimal.ZERO : largest.divide(total, MathContext.DECIMAL64);
    }

    /** The HS code of the largest product. */
    public static String largestProduct(List<Purchase> purchases) {
        return byProduct(purchases).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }
}
