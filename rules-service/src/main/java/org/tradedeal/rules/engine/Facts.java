package org.tradedeal.rules.engine;

import org.tradedeal.rules.BarrierCatalogue;
import org.tradedeal.rules.BarrierRemoval;
import org.tradedeal.rules.HsCodes;
import org.tradedeal.rules.Intention;
import org.tradedeal.rules.ListedBarrier;
import org.tradedeal.rules.ProductExport;
import org.tradedeal.rules.Purchase;
import org.tradedeal.rules.PurchaseSummary;
import org.tradedeal.rules.RemovedBarriers;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.TariffCut;
import org.tradedeal.rules.Target;
import org.tradedeal.rules.TradeBaseline;
import org.tradedeal.rules.TradeProfile;
import org.tradedeal.rules.api.BarrierInput;
import org.tradedeal.rules.api.BarrierRemovalInput;
import org.tradedeal.rules.api.BaselineInput;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.ProductTradeInput;
import org.tradedeal.rules.api.PurchaseInput;
import org.tradedeal.rules.api.TariffCutInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pure function: the facts the rules reason about, from one evaluation request. */
final class Facts {

    /** A barrier already verified as removed is no longer a concern to answer. */
    static final String REMOVAL_VERIFIED = "REMOVAL_VERIFIED";

    private Facts() {
    }

    static List<Object> of(EvaluationRequest request, ScoringParameters parameters) {
        DraftInput draft = request.draft();
        BaselineInput baseline = request.baseline();
        List<Object> facts = new ArrayList<>();
        facts.add(parameters);
        facts.add(new TradeBaseline(baseline.year(), baseline.importsUsd(), baseline.exportsUsd()));
        // The formula gives whole percents: a target of 19.5% is met exactly when 19% is.
        facts.add(new Target(request.targetRatePct().setScale(0, RoundingMode.FLOOR).intValueExact(), request.deadline()));
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < draft.purchases().size(); i++) {
            PurchaseInput p = draft.purchases().get(i);
            purchases.add(new Purchase(i, p.hsCode(), p.description(), p.addedUsdPerYear(), p.firstYear(), p.years(),
                    p.binding()));
        }
        facts.addAll(purchases);
        facts.add(PurchaseSummary.of(purchases, parameters.bestEffortFactor()));
        Map<String, Integer> firstRemoval = new HashMap<>();
        for (int i = 0; i < draft.barrierRemovals().size(); i++) {
            BarrierRemovalInput r = draft.barrierRemovals().get(i);
            int first = firstRemoval.merge(r.barrierCode(), i, Math::min);
            facts.add(new BarrierRemoval(i, first, r.barrierCode(), r.committedBy(), r.verifiable(), r.binding()));
        }
        facts.add(new RemovedBarriers(Set.copyOf(firstRemoval.keySet())));
        Map<String, Integer> firstCut = new HashMap<>();
        for (int i = 0; i < draft.tariffCuts().size(); i++) {
            TariffCutInput c = draft.tariffCuts().get(i);
            int first = firstCut.merge(c.hsCode(), i, Math::min);
            facts.add(new TariffCut(i, first, c.hsCode(), c.fromPct(), c.toPct()));
        }
        for (int i = 0; i < draft.intentions().size(); i++) {
            facts.add(new Intention(i, draft.intentions().get(i)));
        }
        List<ProductExport> exports = new ArrayList<>();
        for (ProductTradeInput export : baseline.exportsByProduct()) {
            exports.add(new ProductExport(export.hsCode(), export.valueUsd()));
        }
        facts.add(new TradeProfile(exports));
        List<ListedBarrier> listed = new ArrayList<>();
        for (BarrierInput barrier : baseline.barriers()) {
            if (!REMOVAL_VERIFIED.equals(barrier.status())) {
                listed.add(listed(barrier, exports));
            }
        }
        facts.add(BarrierCatalogue.of(listed, parameters.barriers()));
        return facts;
    }

    /** A listed barrier with its trade at stake: the blocked trade where known, else today's affected exports. */
    static ListedBarrier listed(BarrierInput barrier, List<ProductExport> exports) {
        if (barrier.blockedTradeUsd() != null) {
            return new ListedBarrier(barrier.code(), barrier.title(), barrier.affectedProducts(),
                    barrier.blockedTradeUsd(), "BLOCKED_TRADE");
        }
        BigDecimal affected = BigDecimal.ZERO;
        for (ProductExport export : exports) {
            if (HsCodes.anyRelated(barrier.affectedProducts(), export.hsCode())) {
                affected = affected.add(export.valueUsd());
            }
        }
        return new ListedBarrier(barrier.code(), barrier.title(), barrier.affectedProducts(), affected,
                affected.signum() > 0 ? "AFFECTED_EXPORTS" : "NONE");
    }
}
