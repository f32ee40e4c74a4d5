package org.tradedeal.negotiation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A draft version with its newest evaluation and newest scoring request, as the API shows it. */
public record VersionState(DraftVersion version, Evaluation latestEvaluation, ScoringRequest latestRequest) {

    public static VersionState of(DraftVersion version) {
        return new VersionState(version, Evaluation.latestOf(version).orElse(null),
                ScoringRequest.latestOf(version).orElse(null));
    }

    /** Each version with its newest evaluation and request, read in two queries whatever the number of versions. */
    public static List<VersionState> ofAll(List<DraftVersion> versions) {
        List<Long> ids = versions.stream().map(version -> version.id).toList();
        Map<Long, Evaluation> evaluations = Evaluation.latestOf(ids);
        Map<Long, ScoringRequest> requests = ScoringRequest.latestOf(ids);
        return versions.stream().map(version -> new VersionState(version, evaluations.get(version.id),
                requests.get(version.id))).toList();
    }

    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(latestEvaluation);
    }
}
