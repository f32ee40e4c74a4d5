package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** How one scoring attempt ended. */
public sealed interface ScoringOutcome {

    /** An evaluation is stored. */
    record Scored(long evaluationId) implements ScoringOutcome {
    }

    /** A downstream could not answer; the scoring worker tries again from {@code nextAttemptAt}. */
    record Pending(Instant nextAttemptAt, String lastError) implements ScoringOutcome {
    }

    /** Scoring is impossible as things stand (no trade data, a draft the rules reject); nothing waits. */
    record Failed(String detail, JsonNode downstreamProblem) implements ScoringOutcome {
    }
}
