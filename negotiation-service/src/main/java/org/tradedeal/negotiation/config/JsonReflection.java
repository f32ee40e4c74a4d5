package org.tradedeal.negotiation.config;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.tradedeal.negotiation.BarrierRemoval;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.PurchaseCommitment;
import org.tradedeal.negotiation.ScoreChange;
import org.tradedeal.negotiation.TariffCut;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.client.TradeBaseline;

/**
 * Types Jackson reads and writes outside the REST layer (JSON columns, rules-service's answer read from a
 * tree, score changes written to a tree, the baseline the desk reads): Quarkus registers REST types for
 * reflection by itself, these it cannot see, and a native image needs them registered.
 */
@RegisterForReflection(targets = {
        DraftContent.class, PurchaseCommitment.class, BarrierRemoval.class, TariffCut.class,
        ScoreChange.class, ScoreChange.ConcernChange.class,
        RulesEvaluation.class, RulesEvaluation.ConcernScore.class, RulesEvaluation.Projection.class,
        RulesEvaluation.Gaps.class, RulesEvaluation.Barrier.class, RulesEvaluation.Warning.class,
        RulesEvaluation.FiredRule.class, RulesEvaluation.Year.class,
        RulesEvaluation.Ruleset.class,
        TradeBaseline.class, TradeBaseline.Product.class, TradeBaseline.Measure.class, TradeBaseline.Barrier.class,
        TradeBaseline.Rate.class})
final class JsonReflection {

    private JsonReflection() {
    }
}
