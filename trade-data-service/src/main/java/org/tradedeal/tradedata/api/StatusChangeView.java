package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a status history. */
public record StatusChangeView(
        Long id,
        @Schema(example = "LISTED") String fromStatus,
        @Schema(example = "OFFERED") String status,
        @Schema(nullable = true, example = "2025-06-25") LocalDate effectiveOn,
        String note,
        Instant recordedAt) {
}
