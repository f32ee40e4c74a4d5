package org.tradedeal.negotiation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of one draft version: DRAFT -> SUBMITTED -> SCORING_PENDING -> SCORED -> SHARED, or
 * SCORING_FAILED when it cannot be scored as it stands (it may be submitted again), or WITHDRAWN from any
 * state but SHARED.
 */
public enum DraftStatus {
    /** Being written; may be submitted for scoring. */
    DRAFT,
    /** Submitted and stored; scoring is under way. */
    SUBMITTED,
    /** A downstream service could not score it yet; the scoring worker retries. */
    SCORING_PENDING,
    /**
     * A downstream rejected it as bad input, or scoring it failed the same way several times
     * ({@code negotiation.scoring.max-request-failures}); the reason is the scoring request's lastError. It
     * waits for nothing and blocks no other draft; it may be submitted (or re-scored) again.
     */
    SCORING_FAILED,
    /** Has at least one evaluation. */
    SCORED,
    /** Sent across the table to the other side. */
    SHARED,
    WITHDRAWN;

    /** The statuses a negotiator may move a version to by hand from this one. */
    public Set<DraftStatus> manualTransitions() {
        return switch (this) {
            case DRAFT, SUBMITTED, SCORING_PENDING, SCORING_FAILED -> EnumSet.of(WITHDRAWN);
            case SCORED -> EnumSet.of(SHARED, WITHDRAWN);
            case SHARED, WITHDRAWN -> EnumSet.noneOf(DraftStatus.class);
        };
    }
}
