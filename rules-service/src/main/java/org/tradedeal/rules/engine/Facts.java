package org.tradedeal.rules.engine;

import org.tradedeal.rules.BarrierCatalogue;
import org.tradedeal.rules.DraftShape;
import org.tradedeal.rules.ListedBarrier;
import org.tradedeal.rules.RemovalTerms;
import org.tradedeal.rules.RemovedBarrier;
import org.tradedeal.rules.RemovedBarriers;
import org.tradedeal.rules.Repeat;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.Target;
import org.tradedeal.rules.TradeBaseline;
import org.tradedeal.rules.UnlistedRemoval;
import org.tradedeal.rules.Window;
import org.tradedeal.rules.api.BarrierInput;
import org.tradedeal.rules.api.BarrierRemovalInput;
import org.tradedeal.rules.api.BaselineInput;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.ProductTradeInput;
import org.tradedeal.rules.HsCodes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pure function: the facts the rules reason about, from one evaluation request. The draft is reduced to
 * its canonical form first, so the rules see product groups and barriers, not lines: purchases add up per
 * product group, a barrier removal or a tariff cut counts once (the strongest), and nothing depends on the
 * order in which the lists are written.
 */
final class Facts {

    /** A barrier already verified as removed is no longer a concern to answer. */
    static final String REMOVAL_VERIFIED = "REMOVAL_VERIFIED";

    private Facts() {
    }

    static List<Object> of(EvaluationRequest request, ScoringParameters parameters) {
        DraftInput draft = request.draft();
        BaselineInput baselineInput = request.baseline();
        List<Object> facts = new ArrayList<>();
        facts.add(parameters);
        TradeBaseline baseline = new TradeBaseline(baselineInput.year(), baselineInput.importsUsd(),
                baselineInput.exportsUsd());
        facts.add(baseline);
        // The formula gives whole percents: a target of 19.5% is met exactly when 19% is.
        Target target = new Target(request.targetRatePct().setScale(0, RoundingMode.FLOOR).intValueExact(),
                request.deadline());
        facts.add(target);
        Window window = Window.of(baseline, target, parameters);
        facts.add(window);
        facts.add(new DraftShape(draft.purchases().size(), draft.barrierRemovals().size(), draft.tariffCuts().size(),
                draft.intentions().size()));

        List<ProductTradeInput> exports = ExportLines.outermost(baselineInput.exportsByProduct());
        List<ListedBarrier> listed = new ArrayList<>();
        for (BarrierInput barrier : baselineInput.barriers()) {
            if (!REMOVAL_VERIFIED.equals(barrier.status())) {
                listed.add(listed(barrier, exports));
            }
        }
        BarrierCatalogue catalogue = BarrierCatalogue.of(listed, parameters.barriers());
        facts.add(catalogue);

        Map<String, RemovedBarrier> removed = removals(draft.barrierRemovals(), catalogue, target.deadline(),
                parameters, facts);
        facts.addAll(PurchaseGroups.of(draft.purchases(), exports, baseline, window, catalogue, removed, parameters));
        facts.addAll(TariffCuts.of(draft.tariffCuts(), exports));
        return facts;
    }

    /**
     * One fact per barrier the draft removes, by its strongest removal; the listed ones by code (what their
     * removal gives back of the purchases they block).
     */
    private static Map<String, RemovedBarrier> removals(List<BarrierRemovalInput> removals, BarrierCatalogue catalogue,
                                                    LocalDate deadline, ScoringParameters parameters,
                                                    List<Object> facts) {
        Map<String, List<RemovalTerms>> byCode = new TreeMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < removals.size(); i++) {
            BarrierRemovalInput removal = removals.get(i);
            byCode.computeIfAbsent(removal.barrierCode(), code -> new ArrayList<>())
                    .add(new RemovalTerms(removal.committedBy(), removal.verifiable(), removal.binding()));
            firstIndex.putIfAbsent(removal.barrierCode(), i);
        }
        Map<String, RemovedBarrier> removed = new HashMap<>();
        for (Map.Entry<String, List<RemovalTerms>> entry : byCode.entrySet()) {
            String code = entry.getKey();
            String field = "draft.barrierRemovals[" + firstIndex.get(code) + "]";
            List<RemovalTerms> terms = entry.getValue();
            terms.sort(RemovalTerms.strongestFirst(parameters.barriers(), deadline));
            RemovalTerms strongest = terms.get(0);
            if (terms.size() > 1) {
                facts.add(new Repeat(Repeat.Kind.REMOVAL, code + " is named by " + terms.size()
                        + " removals: the strongest (" + strongest.describe(deadline) + ") counts", terms.size(), field));
            }
            ListedBarrier barrier = catalogue.find(code);
            if (barrier == null) {
                facts.add(new UnlistedRemoval(code, field));
                continue;
            }
            RemovedBarrier removal = new RemovedBarrier(barrier, catalogue.share(barrier), strongest,
                    strongest.quality(parameters.barriers(), deadline), strongest.late(deadline), terms.size(), field);
            removed.put(code, removal);
            facts.add(removal);
        }
        facts.add(new RemovedBarriers(Set.copyOf(byCode.keySet())));
        return removed;
    }

    /** A listed barrier with its trade at stake: the blocked trade where known, else today's affected exports. */
    static ListedBarrier listed(BarrierInput barrier, List<ProductTradeInput> exports) {
        if (barrier.blockedTradeUsd() != null) {
            return new ListedBarrier(barrier.code(), barrier.title(), barrier.affectedProducts(),
                    barrier.blockedTradeUsd(), "BLOCKED_TRADE");
        }
        BigDecimal affected = BigDecimal.ZERO;
        for (ProductTradeInput export : exports) {
            if (HsCodes.anyRelated(barrier.affectedProducts(), export.hsCode())) {
                affected = affected.add(export.valueUsd());
            }
        }
        return new ListedBarrier(barrier.code(), barrier.title(), barrier.affectedProducts(), affected,
                affected.signum() > 0 ? "AFFECTED_EXPORTS" : "NONE");
    }
}
