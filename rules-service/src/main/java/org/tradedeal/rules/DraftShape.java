package org.tradedeal.rules;

/** Fact: how many commitments of each kind the draft holds, as written. */
public record DraftShape(int purchaseLines, int removals, int tariffCuts, int intentions) {

    /** Free-text intentions and nothing to score. */
    public boolean intentionsOnly() {
        return intentions > 0 && purchaseLines == 0 && removals == 0 && tariffCuts == 0;
    }
}
