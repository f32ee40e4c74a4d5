package org.tradedeal.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fact: the non-tariff barriers of the proposing side that the other side has listed and that are not
 * yet verified as removed, each weighing a base weight plus one per {@code tradeUnitUsd} of trade at
 * stake. One fact for the whole catalogue: the rules look barriers up in it rather than matching one
 * fact per barrier, which keeps an evaluation's work small.
 */
public record BarrierCatalogue(List<ListedBarrier> barriers, BigDecimal baseWeight, BigDecimal tradeUnitUsd,
                               BigDecimal totalWeight, Map<String, ListedBarrier> byCode) {

    private static final Comparator<ListedBarrier> LARGEST_FIRST =
            Comparator.comparing(ListedBarrier::tradeAtStakeUsd).reversed().thenComparing(ListedBarrier::code);

    public static BarrierCatalogue of(List<ListedBarrier> barriers, ScoringParameters.Barriers parameters) {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, ListedBarrier> byCode = new HashMap<>();
        for (ListedBarrier barrier : barriers) {
            total = total.add(weight(barrier, parameters.baseWeight(), parameters.tradeUnitUsd()));
            byCode.putIfAbsent(barrier.code(), barrier);
        }
        return new BarrierCatalogue(List.copyOf(barriers), parameters.baseWeight(), parameters.tradeUnitUsd(), total,
                byCode);
    }

    public int size() {
        return barriers.size();
    }

    public boolean listed(String code) {
        return byCode.containsKey(code);
    }

    public ListedBarrier find(String code) {
        return byCode.get(code);
    }

    public BigDecimal weight(ListedBarrier barrier) {
        return weight(barrier, baseWeight, tradeUnitUsd);
    }

    /** The barrier's share of the whole catalogue's weight. */
    public BigDecimal share(ListedBarrier barrier) {
        return totalWeight.signum() == 0 ? BigDecimal.ZERO : weight(barrier).divide(totalWeight, MathContext.DECIMAL64);
    }

    /** The listed barriers none of the removals names, the largest trade at stake first. */
    public UnaddressedBarriers leftInPlace(RemovedBarriers removed) {
        List<ListedBarrier> left = new ArrayList<>();
        for (ListedBarrier barrier : barriers) {
            if (!removed.contains(barrier.code())) {
                left.add(barrier);
            }
        }
        left.sort(LARGEST_FIRST);
        return new UnaddressedBarriers(left);
    }

    private static BigDecimal weight(ListedBarrier barrier, BigDecimal baseWeight, BigDecimal tradeUnitUsd) {
        // Most listed barriers block no known trade: spare them the division.
        return barrier.tradeAtStakeUsd().signum() == 0 ? baseWeight
                : baseWeight.add(barrier.tradeAtStakeUsd().divide(tradeUnitUsd, MathContext.DECIMAL64));
    }
}
