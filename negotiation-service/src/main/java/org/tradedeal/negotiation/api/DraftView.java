package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "Draft", description = "A proposal draft and the list of its versions")
public record DraftView(
        long id,
        long negotiationId,
        String side,
        String title,
        int latestVersion,
        Instant createdAt,
        List<VersionSummary> versions) {

    @Schema(name = "VersionSummary")
    public record VersionSummary(int version, String author, Instant createdAt, DraftStatus status,
                                 @Schema(nullable = true) BigDecimal score,
                                 @Schema(nullable = true) String verdict) {
    }
}
