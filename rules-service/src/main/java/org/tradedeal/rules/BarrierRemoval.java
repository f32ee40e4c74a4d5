package org.tradedeal.rules;

import java.time.LocalDate;

/** Fact: a commitment to remove a non-tariff barrier, by a date or not, verifiable or not, binding or not. */
public record BarrierRemoval(int index, String barrierCode, LocalDate committedBy, boolean verifiable,
                             boolean binding) {

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
