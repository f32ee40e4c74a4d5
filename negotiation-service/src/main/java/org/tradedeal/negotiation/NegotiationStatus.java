package org.tradedeal.negotiation;

/** Where a negotiation stands. */
public enum NegotiationStatus {
    /** Talks are under way. */
    ACTIVE,
    /** Talks are paused (for example while a measure is suspended). */
    SUSPENDED,
    /** An agreement was reached. */
    CONCLUDED,
    /** Talks ended without agreement. */
    ABANDONED
}
