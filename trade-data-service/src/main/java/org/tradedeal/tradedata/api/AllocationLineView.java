package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The whole dollars of the additional exports allocated to one product line. */
public record AllocationLineView(
        @Schema(example = "5201") String hsCode,
        @Schema(example = "Cotton, not carded or combed") String description,
        @Schema(example = "0.5") BigDecimal share,
        @Schema(example = "533318490") BigDecimal additionalUsd) {
}
