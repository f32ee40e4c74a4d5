package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

// Kept identical to negotiation-service/src/main/java/org/tradedeal/negotiation/api/AuditRecordView.java but for
// its examples (a deliberate copy: the services share no code at run time).
@Schema(name = "AuditRecord", description = "One change: who, when, what, the entity, and the SHA-256 of the entity's "
        + "JSON before and after (before is null for a creation, after for a deletion)")
public record AuditRecordView(long id, Instant at, @Schema(example = "analyst") String actor,
                              @Schema(example = "BARRIER_STATUS_CHANGED") String action,
                              @Schema(example = "NonTariffBarrier") String entityType,
                              @Schema(example = "PK/SPS-1") String entityId,
                              @Schema(nullable = true) String beforeSha256,
                              @Schema(nullable = true) String afterSha256) {
}
