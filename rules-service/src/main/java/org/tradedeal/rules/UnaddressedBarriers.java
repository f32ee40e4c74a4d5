package org.tradedeal.rules;

import java.util.Comparator;
import java.util.List;

/** Fact: the listed barriers the draft leaves in place, the largest trade at stake first. */
public record UnaddressedBarriers(List<ListedBarrier> barriers) {

    public static UnaddressedBarriers of(List<ListedBarrier> barriers) {
        return new UnaddressedBarriers(barriers.stream()
                .sorted(Comparator.comparing(ListedBarrier::tradeAtStakeUsd).reversed().thenComparing(ListedBarrier::code))
                .toList());
    }
}
