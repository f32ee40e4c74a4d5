package org.tradedeal.rules;

import java.time.LocalDate;

/**
 * Fact: a commitment to remove a non-tariff barrier, by a date or not, verifiable or not, binding or not.
 *
 * @param firstIndex the index of the draft's first removal of the same barrier (its own when it is the first)
 */
public record BarrierRemoval(int index, int firstIndex, String barrierCode, LocalDate committedBy, boolean verifiable,
                             boolean binding) {

    /** Whether an earlier removal in the draft names the same barrier. */
    public boolean repeat() {
        return index != firstIndex;
    }

    public String field() {
        return "draft.barrierRemovals[" + index + "]";
    }

    public boolean dated() {
        return committedBy != null;
    }

    /** Dated, verifiable and binding: a commitment, not an intention. */
    public boolean firm() {
        return dated() && verifiable && binding;
    }
}
