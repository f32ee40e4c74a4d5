package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.DraftStatus;

import java.time.Instant;

@Schema(name = "DraftVersion", description = "One immutable version of a draft, its status and its latest evaluation")
public record VersionView(
        long draftId,
        int version,
        String author,
        String note,
        Instant createdAt,
        DraftStatus status,
        Instant statusChangedAt,
        DraftContent content,
        @Schema(nullable = true) EvaluationView latestEvaluation,
        @Schema(nullable = true, description = "The latest scoring request: waiting, done or failed") ScoringState scoring) {

    @Schema(name = "ScoringState")
    public record ScoringState(
            @Schema(example = "PENDING") String status,
            String reason,
            int attempts,
            @Schema(description = "When the scoring worker tries again (while PENDING)") Instant nextAttemptAt,
            String lastError) {
    }
}
