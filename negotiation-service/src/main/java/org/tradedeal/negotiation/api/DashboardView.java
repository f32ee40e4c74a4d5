package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "Dashboard", description = "Where a negotiation stands: what is due, how each draft scores, the best draft and its gap to the target")
public record DashboardView(
        NegotiationView negotiation,
        LocalDate asOf,
        @Schema(description = "Open milestones that are overdue or due within the window") List<RoadmapView.Entry> milestonesDue,
        RoadmapView.Summary roadmap,
        @Schema(description = "Each draft with the score of its latest scored version") List<DraftScore> drafts,
        @Schema(nullable = true, description = "The draft whose latest scored version scores highest") DraftScore bestDraft,
        @Schema(nullable = true, description = "How far the best draft is from the target rate") TargetGap gapOfBestDraft) {

    @Schema(name = "DraftScore")
    public record DraftScore(long draftId, String title, String side, int latestVersion, DraftStatus latestStatus,
                             @Schema(nullable = true) Integer scoredVersion,
                             @Schema(nullable = true) BigDecimal score,
                             @Schema(nullable = true) String verdict,
                             @Schema(nullable = true) Instant evaluatedAt) {
    }

    @Schema(name = "TargetGap")
    public record TargetGap(
            BigDecimal targetRatePct,
            @Schema(description = "The rate the formula gives with the draft's purchases") BigDecimal projectedRatePct,
            boolean targetReached,
            @Schema(description = "More yearly purchases needed to reach the target rate") BigDecimal additionalPurchasesUsd,
            @Schema(description = "The largest listed barriers the draft leaves in place") List<Barrier> unaddressedBarriers) {
    }

    /**
     * A listed barrier the draft leaves in place. This service's own record, not rules-service's, so a change
     * in rules-service's answer cannot reshape this API.
     */
    @Schema(name = "Barrier")
    public record Barrier(String code, String title, BigDecimal tradeAtStakeUsd) {
    }
}
