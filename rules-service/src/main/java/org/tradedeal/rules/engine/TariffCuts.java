package org.tradedeal.rules.engine;

import org.tradedeal.rules.Repeat;
import org.tradedeal.rules.TariffRelief;
import org.tradedeal.rules.UncoveredCut;
import org.tradedeal.rules.api.ProductTradeInput;
import org.tradedeal.rules.api.TariffCutInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pure function: the draft's tariff cuts as the duty they relieve on today's exports. A cut is a thing
 * done or not: among the cuts on one product the deepest counts, and a line of today's exports is relieved
 * by the deepest cut that covers it (on its product, or on a heading or chapter that holds it).
 */
final class TariffCuts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Deepest first: the most percentage points removed, then the lowest rate left. */
    private static final Comparator<TariffRelief.Cut> DEEPEST_FIRST = Comparator.comparing(TariffRelief.Cut::points)
            .reversed().thenComparing(TariffRelief.Cut::toPct).thenComparing(TariffRelief.Cut::fromPct);

    private TariffCuts() {
    }

    static List<Object> of(List<TariffCutInput> cuts, List<ProductTradeInput> exports) {
        if (cuts.isEmpty()) {
            return List.of();
        }
        List<Object> facts = new ArrayList<>();
        Map<String, List<TariffRelief.Cut>> byProduct = new TreeMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < cuts.size(); i++) {
            TariffCutInput cut = cuts.get(i);
            byProduct.computeIfAbsent(cut.hsCode(), code -> new ArrayList<>())
                    .add(new TariffRelief.Cut(cut.hsCode(), cut.fromPct(), cut.toPct()));
            firstIndex.putIfAbsent(cut.hsCode(), i);
        }
        List<TariffRelief.Cut> deepest = new ArrayList<>(byProduct.size());
        for (List<TariffRelief.Cut> onProduct : byProduct.values()) {
            onProduct.sort(DEEPEST_FIRST);
            TariffRelief.Cut cut = onProduct.get(0);
            deepest.add(cut);
            if (onProduct.size() > 1) {
                facts.add(new Repeat(Repeat.Kind.TARIFF_CUT, "HS " + cut.hsCode() + " is cut " + onProduct.size()
                        + " times: the deepest (" + cut.describe() + ") counts", onProduct.size(),
                        "draft.tariffCuts[" + firstIndex.get(cut.hsCode()) + "]"));
            }
        }
        for (ProductTradeInput line : exports) {
            TariffRelief.Cut best = null;
            for (TariffRelief.Cut cut : deepest) {
                if (line.hsCode().startsWith(cut.hsCode()) && (best == null || DEEPEST_FIRST.compare(cut, best) < 0)) {
                    best = cut;
                }
            }
            if (best != null) {
                facts.add(new TariffRelief(line.hsCode(), line.description(), line.valueUsd(), best,
                        line.valueUsd().multiply(best.points()).divide(HUNDRED)));
            }
        }
        for (TariffRelief.Cut cut : deepest) {
            ProductTradeInput wider = null;
            boolean covers = false;
            for (ProductTradeInput line : exports) {
                covers |= line.hsCode().startsWith(cut.hsCode());
                if (cut.hsCode().startsWith(line.hsCode())) {
                    wider = line;
                }
            }
            if (!covers) {
                facts.add(new UncoveredCut(cut, wider == null ? null : "HS " + wider.hsCode(),
                        wider == null ? null : wider.valueUsd(), "draft.tariffCuts[" + firstIndex.get(cut.hsCode()) + "]"));
            }
        }
        return facts;
    }
}
