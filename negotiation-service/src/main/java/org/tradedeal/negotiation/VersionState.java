package org.tradedeal.negotiation;

import java.util.Optional;

/** A draft version with its newest evaluation and newest scoring request, as the API shows it. */
public record VersionState(DraftVersion version, Evaluation latestEvaluation, ScoringRequest latestRequest) {

    public static VersionState of(DraftVersion version) {
        return new VersionState(version, Evaluation.latestOf(version).orElse(null),
                ScoringRequest.latestOf(version).orElse(null));
    }

    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(latestEvaluation);
    }
}
