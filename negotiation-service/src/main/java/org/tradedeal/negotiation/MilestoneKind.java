package org.tradedeal.negotiation;

/** What a milestone on a negotiation's roadmap is. */
public enum MilestoneKind {
    /** A framework agreement under which the talks run (e.g. a TIFA). */
    FRAMEWORK,
    MINISTERIAL_TALKS,
    TECHNICAL_ROUND,
    ROADMAP_AGREED,
    /** A date by which something must be agreed; drives the at-risk flag. */
    DEADLINE,
    AGREEMENT,
    /** A measure taken outside the talks (a tariff announced, suspended, voided by a court...). */
    EXTERNAL_MEASURE,
    OTHER
}
