package org.tradedeal.rules;

/** What a proposal must answer; every rule judges exactly one concern. */
public enum Concern {
    DEFICIT,
    BARRIERS,
    TARIFFS,
    CREDIBILITY,
    BALANCE
}
