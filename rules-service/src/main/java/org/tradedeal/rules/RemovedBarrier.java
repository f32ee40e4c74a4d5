package org.tradedeal.rules;

import java.math.BigDecimal;

/**
 * Fact: a listed barrier the draft removes, by its strongest removal (however many removals name it, in
 * whatever order).
 *
 * @param share   the barrier's share of the catalogue's weight
 * @param quality what the strongest removal is worth: 1 for a firm removal on time
 * @param late    whether the strongest removal is dated after the deadline
 * @param times   how many removals of the draft name the barrier
 */
public record RemovedBarrier(ListedBarrier barrier, BigDecimal share, RemovalTerms strongest, BigDecimal quality,
                             boolean late, int times, String field) {

    public String code() {
        return barrier.code();
    }

    public boolean firm() {
        return strongest.firm();
    }

    /** "SPS-2 (Cotton phytosanitary fumigation and import-permit demands)". */
    public String label() {
        return barrier.code() + " (" + barrier.title() + ")";
    }
}
