package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

// Kept identical to trade-data-service/src/main/java/org/tradedeal/tradedata/api/AuditRecordView.java but for
// its examples (a deliberate copy: the services share no code at run time).
@Schema(name = "AuditRecord", description = "One change: who, when, what, the entity, and the SHA-256 of the entity's "
        + "JSON before and after (before is null for a creation, after for a deletion)")
public record AuditRecordView(long id, Instant at, @Schema(example = "pk-negotiator") String actor,
                              @Schema(example = "VERSION_SHARED") String action,
                              @Schema(example = "DraftVersion") String entityType,
                              @Schema(example = "51/1") String entityId,
                              @Schema(nullable = true) String beforeSha256,
                              @Schema(nullable = true) String afterSha256) {
}
