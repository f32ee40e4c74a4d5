package org.tradedeal.rules;

/** What a proposal must answer; every rule judges exactly one concern. */
public enum Concern {
    /** The bilateral deficit and the rate the formula gives for it, against the target rate. */
    DEFICIT,
    /** Listed non-tariff barriers removed, weighted by the trade they block. */
    BARRIERS,
    /** Tariff concessions on the other side's goods. */
    TARIFFS,
    /** Whether the commitments can be believed: binding, dated, not blocked, not beyond plausibility. */
    CREDIBILITY,
    /** The spread of the package over products and time. */
    BALANCE
}
