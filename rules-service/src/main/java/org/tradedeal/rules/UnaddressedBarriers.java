package org.tradedeal.rules;

import java.util.List;

/**
 * Fact: the listed barriers the draft leaves in place, the largest trade at stake first; inserted by the
 * rule "Listed barriers left in place" when there are any, and read by the rules that judge what they block.
 */
public record UnaddressedBarriers(List<ListedBarrier> barriers) {
}
