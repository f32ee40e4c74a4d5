package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Roadmap", description = "A negotiation's milestones by date, with what is overdue, due soon and at risk")
public record RoadmapView(
        long negotiationId,
        @Schema(description = "The day the derived states are computed for") LocalDate asOf,
        @Schema(description = "The window of 'due soon', in days") int dueWithinDays,
        @Schema(description = "Whether a version has been shared with the other side and judged to address its concerns")
        boolean agreedDraftExists,
        List<Entry> milestones,
        Summary summary) {

    @Schema(name = "RoadmapEntry")
    public record Entry(
            MilestoneView milestone,
            @Schema(description = "Open (planned or slipped) and past its due date") boolean overdue,
            @Schema(description = "Open and due within the window") boolean dueSoon,
            @Schema(description = "An open deadline, overdue or due within the window, with no agreed draft")
            boolean atRisk,
            @Schema(description = "Days from asOf to the due date; negative when past") long daysUntilDue) {
    }

    @Schema(name = "RoadmapSummary")
    public record Summary(int overdue, int dueSoon, int atRisk,
                          @Schema(description = "The next open milestone on or after asOf") MilestoneView next) {
    }
}
