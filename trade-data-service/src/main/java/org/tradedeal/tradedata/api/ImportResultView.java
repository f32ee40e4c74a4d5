package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A completed import. */
public record ImportResultView(
        ImportBatchView batch,
        @Schema(description = "earlier batches of the same source and vintage whose flows this import replaced")
        List<Long> replacedBatchIds,
        @Schema(example = "2400") long durationMillis) {
}
