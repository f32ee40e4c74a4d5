package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Fact: how much each listed barrier weighs in the barrier concern: a base weight plus one per
 * {@code tradeUnitUsd} of trade at stake, as a share of all listed barriers' weight.
 */
public record BarrierWeights(BigDecimal totalWeight, BigDecimal baseWeight, BigDecimal tradeUnitUsd, int count) {

    public static BarrierWeights of(List<ListedBarrier> barriers, ScoringParameters.Barriers parameters) {
        BarrierWeights weights = new BarrierWeights(BigDecimal.ZERO, parameters.baseWeight(), parameters.tradeUnitUsd(),
                barriers.size());
        BigDecimal total = barriers.stream().map(weights::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BarrierWeights(total, parameters.baseWeight(), parameters.tradeUnitUsd(), barriers.size());
    }

    public BigDecimal weight(ListedBarrier barrier) {
        return baseWeight.add(barrier.tradeAtStakeUsd().divide(tradeUnitUsd, MathContext.DECIMAL64));
    }

    /** The barrier's share of the whole catalogue's weight. */
    public BigDecimal share(ListedBarrier barrier) {
        return totalWeight.signum() == 0 ? BigDecimal.ZERO : weight(barrier).divide(totalWeight, MathContext.DECIMAL64);
    }
}
