package org.tradedeal.negotiation.service;

import org.tradedeal.negotiation.BarrierRemoval;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.PurchaseCommitment;
import org.tradedeal.negotiation.TariffCut;
import org.tradedeal.negotiation.api.ComparisonView;
import org.tradedeal.negotiation.api.ComparisonView.Change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pure function: the change in trade terms from one draft content to another. */
public final class TradeTermsDiff {

    private TradeTermsDiff() {
    }

    public static ComparisonView.TradeTerms between(DraftContent base, DraftContent other) {
        Map<String, Totals> basePurchases = purchasesByProduct(base);
        Map<String, Totals> otherPurchases = purchasesByProduct(other);
        List<ComparisonView.PurchaseChange> purchases = new ArrayList<>();
        for (String hsCode : union(basePurchases.keySet(), otherPurchases.keySet())) {
            Totals from = basePurchases.getOrDefault(hsCode, Totals.NONE);
            Totals to = otherPurchases.getOrDefault(hsCode, Totals.NONE);
            Change change = change(basePurchases.containsKey(hsCode), otherPurchases.containsKey(hsCode),
                    from.perYear().compareTo(to.perYear()) != 0 || from.total().compareTo(to.total()) != 0);
            if (change != null) {
                purchases.add(new ComparisonView.PurchaseChange(hsCode, change, from.perYear(), to.perYear(),
                        to.perYear().subtract(from.perYear()), from.total(), to.total(), to.total().subtract(from.total())));
            }
        }
        Totals baseTotals = sum(basePurchases);
        Totals otherTotals = sum(otherPurchases);

        Map<String, BarrierRemoval> baseBarriers = byKey(base.barrierRemovals(), BarrierRemoval::barrierCode);
        Map<String, BarrierRemoval> otherBarriers = byKey(other.barrierRemovals(), BarrierRemoval::barrierCode);

        Map<String, TariffCut> baseCuts = byKey(base.tariffCuts(), TariffCut::hsCode);
        Map<String, TariffCut> otherCuts = byKey(other.tariffCuts(), TariffCut::hsCode);
        List<ComparisonView.TariffCutChange> cuts = new ArrayList<>();
        for (String hsCode : union(baseCuts.keySet(), otherCuts.keySet())) {
            TariffCut from = baseCuts.get(hsCode);
            TariffCut to = otherCuts.get(hsCode);
            Change change = change(from != null, to != null, from != null && to != null && !sameCut(from, to));
            if (change != null) {
                cuts.add(new ComparisonView.TariffCutChange(hsCode, change, from == null ? null : from.toPct(),
                        to == null ? null : to.toPct()));
            }
        }

        return new ComparisonView.TradeTerms(purchases,
                otherTotals.perYear().subtract(baseTotals.perYear()),
                otherTotals.total().subtract(baseTotals.total()),
                minus(otherBarriers.keySet(), baseBarriers.keySet()),
                minus(baseBarriers.keySet(), otherBarriers.keySet()),
                baseBarriers.keySet().stream().filter(otherBarriers::containsKey)
                        .filter(code -> !baseBarriers.get(code).equals(otherBarriers.get(code))).sorted().toList(),
                cuts,
                minus(new TreeSet<>(other.intentions()), new TreeSet<>(base.intentions())),
                minus(new TreeSet<>(base.intentions()), new TreeSet<>(other.intentions())));
    }

    /** Yearly and whole-term purchases of one product. */
    private record Totals(BigDecimal perYear, BigDecimal total) {
        static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(Totals other) {
            return new Totals(perYear.add(other.perYear), total.add(other.total));
        }
    }

    private static Map<String, Totals> purchasesByProduct(DraftContent content) {
        Map<String, Totals> byProduct = new TreeMap<>();
        for (PurchaseCommitment purchase : content.purchases()) {
            Totals totals = new Totals(purchase.addedUsdPerYear(),
                    purchase.addedUsdPerYear().multiply(BigDecimal.valueOf(purchase.years())));
            byProduct.merge(purchase.hsCode(), totals, Totals::plus);
        }
        return byProduct;
    }

    private static Totals sum(Map<String, Totals> byProduct) {
        return byProduct.values().stream().reduce(Totals.NONE, Totals::plus);
    }

    private static Change change(boolean inBase, boolean inOther, boolean differs) {
        if (inBase && !inOther) {
            return Change.REMOVED;
        }
        if (!inBase && inOther) {
            return Change.ADDED;
        }
        return differs ? Change.CHANGED : null;
    }

    private static boolean sameCut(TariffCut a, TariffCut b) {
        return a.fromPct().compareTo(b.fromPct()) == 0 && a.toPct().compareTo(b.toPct()) == 0;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        // A key listed twice keeps its last entry, as a reader of the draft would take it.
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> second, TreeMap::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(item -> !b.contains(item)).filter(Objects::nonNull).sorted().toList();
    }
}
