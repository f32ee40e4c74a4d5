package org.tradedeal.rules;

import java.util.List;

/** Fact: the listed barriers the draft leaves in place, the largest trade at stake first. */
public record UnaddressedBarriers(List<ListedBarrier> barriers) {
}
