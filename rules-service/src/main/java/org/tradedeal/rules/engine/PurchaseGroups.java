package org.tradedeal.rules.engine;

import org.tradedeal.rules.BarrierCatalogue;
import org.tradedeal.rules.BarrierEffect;
import org.tradedeal.rules.CredibleValue;
import org.tradedeal.rules.ListedBarrier;
import org.tradedeal.rules.ProductGroup;
import org.tradedeal.rules.PurchasePlan;
import org.tradedeal.rules.RemovalTerms;
import org.tradedeal.rules.RemovedBarrier;
import org.tradedeal.rules.Repeat;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.Text;
import org.tradedeal.rules.TradeBaseline;
import org.tradedeal.rules.Window;
import org.tradedeal.rules.api.PurchaseInput;
import org.tradedeal.rules.api.ProductTradeInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pure function: the draft's purchase lines as product groups (HS chapters) counted over the window, and
 * the plan that sums them. Lines are amounts: lines with the same terms add up, so a split, a merge or the
 * order of the list changes nothing.
 */
final class PurchaseGroups {

    private PurchaseGroups() {
    }

    static List<Object> of(List<PurchaseInput> purchases, List<ProductTradeInput> exports, TradeBaseline baseline,
                           Window window, BarrierCatalogue catalogue, Map<String, RemovedBarrier> removed,
                           ScoringParameters parameters) {
        List<Object> facts = new ArrayList<>();
        Map<String, List<Integer>> byChapter = new TreeMap<>();
        Map<LineTerms, List<Integer>> sameLines = new LinkedHashMap<>();
        for (int i = 0; i < purchases.size(); i++) {
            PurchaseInput p = purchases.get(i);
            byChapter.computeIfAbsent(p.hsCode().substring(0, 2), chapter -> new ArrayList<>()).add(i);
            sameLines.computeIfAbsent(LineTerms.of(p), key -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : sameLines.values()) {
            if (same.size() > 1) {
                PurchaseInput p = purchases.get(same.get(0));
                facts.add(new Repeat(Repeat.Kind.PURCHASE_LINE, "HS " + p.hsCode() + ": " + same.size()
                        + " identical lines of " + Text.usd(p.addedUsdPerYear()) + " a year from " + p.firstYear()
                        + " for " + p.years() + (p.years() == 1 ? " year" : " years") + (p.binding() ? ", binding" : ", best effort")
                        + ": each is counted", same.size(), "draft.purchases[" + same.get(0) + "]"));
            }
        }

        int windowYears = window.years();
        List<BigDecimal> yearly = new ArrayList<>(Collections.nCopies(windowYears, BigDecimal.ZERO));
        List<ProductGroup> groups = new ArrayList<>(byChapter.size());
        BigDecimal credited = BigDecimal.ZERO;
        BigDecimal bindingCredited = BigDecimal.ZERO;
        BigDecimal promptCredited = BigDecimal.ZERO;
        int firstYear = Integer.MAX_VALUE;
        for (Map.Entry<String, List<Integer>> chapter : byChapter.entrySet()) {
            ProductGroup group = group(chapter.getKey(), chapter.getValue(), purchases, exports, baseline, window,
                    catalogue, removed, parameters, yearly);
            groups.add(group);
            credited = credited.add(group.creditedUsd());
            bindingCredited = bindingCredited.add(group.bindingCreditedUsd());
            promptCredited = promptCredited.add(group.promptCreditedUsd());
            firstYear = Math.min(firstYear, group.firstYear());
        }
        facts.addAll(groups);
        facts.add(new PurchasePlan(groups.size(), credited, bindingCredited, promptCredited, List.copyOf(yearly),
                groups.isEmpty() ? 0 : firstYear, List.copyOf(groups)));
        return facts;
    }

    private static ProductGroup group(String chapter, List<Integer> indices, List<PurchaseInput> purchases,
                                      List<ProductTradeInput> exports, TradeBaseline baseline, Window window,
                                      BarrierCatalogue catalogue, Map<String, RemovedBarrier> removed,
                                      ScoringParameters parameters, List<BigDecimal> yearly) {
        ScoringParameters.Credibility credibility = parameters.credibility();
        List<CredibleValue.Line> lines = new ArrayList<>(indices.size());
        List<CredibleValue.Line> bindingLines = new ArrayList<>(indices.size());
        TreeSet<String> codes = new TreeSet<>();
        Map<String, BarrierTally> barriers = new TreeMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        BigDecimal afterWindow = BigDecimal.ZERO;
        for (int index : indices) {
            PurchaseInput p = purchases.get(index);
            codes.add(p.hsCode());
            BigDecimal barrierFactor = BigDecimal.ONE;
            List<BarrierTally> affecting = new ArrayList<>(2);
            for (ListedBarrier barrier : catalogue.barriers()) {
                if (barrier.affects(p.hsCode())) {
                    RemovedBarrier removal = removed.get(barrier.code());
                    BigDecimal quality = removal == null ? BigDecimal.ZERO : removal.quality();
                    BigDecimal factor = BigDecimal.ONE.subtract(
                            credibility.blockedDiscount().multiply(BigDecimal.ONE.subtract(quality)));
                    barrierFactor = barrierFactor.multiply(factor);
                    affecting.add(barriers.computeIfAbsent(barrier.code(), code -> new BarrierTally(barrier, quality,
                            factor, removal == null ? null : removal.strongest())));
                }
            }
            CredibleValue.Line line = CredibleValue.Line.of(p.hsCode(), p.addedUsdPerYear(), p.firstYear(), p.years(),
                    p.binding(), parameters.bestEffortFactor(), barrierFactor);
            BigDecimal countedUsd = line.usdIn(window.countedFrom(), window.lastYear());
            affecting.forEach(tally -> tally.add(countedUsd));
            lines.add(line);
            if (p.binding()) {
                bindingLines.add(line);
            }
            first = Math.min(first, line.firstYear());
            last = Math.max(last, line.lastYear());
            afterWindow = afterWindow.add(line.usdIn(window.lastYear() + 1, Math.max(line.lastYear(), window.lastYear())));
        }
        lines.sort(CredibleValue.BEST_FIRST);
        bindingLines.sort(CredibleValue.BEST_FIRST);

        BigDecimal today = BigDecimal.ZERO;
        boolean itemized = false;
        for (ProductTradeInput export : exports) {
            if (export.hsCode().startsWith(chapter)) {
                today = today.add(export.valueUsd());
                itemized = true;
            }
        }
        // A chapter on record never counts for less than one that is not: more data never lowers a score.
        BigDecimal unitemizedCap = credibility.unlistedProductShare().multiply(baseline.exportsUsd());
        BigDecimal yearlyCap = itemized ? credibility.plausibleMultiple().multiply(today).max(unitemizedCap) : unitemizedCap;

        CredibleValue.Fill counted = CredibleValue.fill(lines, window.countedFrom(), window.lastYear(), yearlyCap);
        BigDecimal binding = CredibleValue.credited(bindingLines, window.countedFrom(), window.lastYear(), yearlyCap);
        BigDecimal prompt = CredibleValue.credited(lines, window.countedFrom(), window.firstYear(), yearlyCap);
        for (int i = 0; i < yearly.size(); i++) {
            int year = window.firstYear() + i;
            yearly.set(i, yearly.get(i).add(CredibleValue.credited(lines, year, year, yearlyCap)));
        }
        List<BarrierEffect> effects = new ArrayList<>(barriers.size());
        for (BarrierTally tally : barriers.values()) {
            effects.add(tally.effect());
        }
        return new ProductGroup(chapter, List.copyOf(codes), "draft.purchases[" + indices.get(0) + "]", itemized,
                today, yearlyCap, first, last, counted, binding, prompt, afterWindow, List.copyOf(effects));
    }

    /** A line's terms, word for word (the amount by value, not by how it is written). */
    private record LineTerms(String hsCode, String description, BigDecimal usdPerYear, int firstYear, int years,
                             boolean binding) {

        static LineTerms of(PurchaseInput p) {
            return new LineTerms(p.hsCode(), p.description(), p.addedUsdPerYear().stripTrailingZeros(), p.firstYear(),
                    p.years(), p.binding());
        }
    }

    /** A barrier affecting a group, and the group's counted dollars it affects. */
    private static final class BarrierTally {
        private final ListedBarrier barrier;
        private final BigDecimal quality;
        private final BigDecimal factor;
        private final RemovalTerms removal;
        private BigDecimal affectedUsd = BigDecimal.ZERO;

        BarrierTally(ListedBarrier barrier, BigDecimal quality, BigDecimal factor, RemovalTerms removal) {
            this.barrier = barrier;
            this.quality = quality;
            this.factor = factor;
            this.removal = removal;
        }

        void add(BigDecimal usd) {
            affectedUsd = affectedUsd.add(usd);
        }

        BarrierEffect effect() {
            return new BarrierEffect(barrier, quality, factor, removal, affectedUsd);
        }
    }
}
