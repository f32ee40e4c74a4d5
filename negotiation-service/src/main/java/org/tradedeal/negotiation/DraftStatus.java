package org.tradedeal.negotiation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one draft version: DRAFT -> SUBMITTED -> SCORING_PENDING -> SCORED -> SHARED, or
 * WITHDRAWN from any state but SHARED.
 */
public enum DraftStatus {
    /** Being written; may be submitted for scoring. */
    DRAFT,
    /** Submitted and stored; scoring is under way. */
    SUBMITTED,
    /** A downstream service could not score it yet; the scoring worker retries. */
    SCORING_PENDING,
    /** Has at least one evaluation. */
    SCORED,
    /** Sent across the table to the other side. */
    SHARED,
    WITHDRAWN;

    /** The statuses a negotiator may move a version to by hand from this one. */
    public Set<DraftStatus> manualTransitions() {
        return switch (this) {
            case DRAFT, SUBMITTED, SCORING_PENDING -> EnumSet.of(WITHDRAWN);
            case SCORED -> EnumSet.of(SHARED, WITHDRAWN);
            case SHARED, WITHDRAWN -> EnumSet.noneOf(DraftStatus.class);
        };
    }
}
