package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "Draft", description = "A proposal draft with its newest versions (at most 100, oldest of them first) "
        + "and how many versions you may see in all; the whole list is GET /api/v1/drafts/{draftId}/versions, a page at a time")
public record DraftView(
        long id,
        long negotiationId,
        String side,
        String title,
        int latestVersion,
        Instant createdAt,
        @Schema(description = "How many versions of the draft you may see; more than `versions` holds when the draft "
                + "has more than 100", example = "3")
        long versionCount,
        @Schema(description = "The newest versions you may see (at most 100), oldest of them first")
        List<VersionSummary> versions) {

    /** Whether the draft has versions older than those {@code versions} holds (the pages say so to the reader). */
    public boolean hasOlderVersions() {
        return versionCount > versions.size();
    }

    @Schema(name = "VersionSummary")
    public record VersionSummary(int version, String author, Instant createdAt, DraftStatus status,
                                 @Schema(nullable = true) BigDecimal score,
                                 @Schema(nullable = true) String verdict) {
    }
}
