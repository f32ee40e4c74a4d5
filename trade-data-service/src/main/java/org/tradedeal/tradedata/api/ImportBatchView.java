package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One import of trade flows (or seed file); replacedBy points at the batch that replaced its flows. */
public record ImportBatchView(
        @Schema(example = "201") Long id,
        @Schema(example = "US Census exports by HS4") String source,
        @Schema(example = "2025-annual") String vintage,
        @Schema(example = "exports-2025.csv") String fileName,
        @Schema(example = "100000") int rowCount,
        Instant importedAt,
        @Schema(nullable = true) Long replacedBy,
        @Schema(nullable = true) Instant replacedAt) {
}
