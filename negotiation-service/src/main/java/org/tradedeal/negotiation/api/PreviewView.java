package org.tradedeal.negotiation.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Preview", description = "How unsaved draft content scores now, against today's trade data and rules; "
        + "nothing is stored")
public record PreviewView(
        long negotiationId,
        @Schema(example = "PK") String side,
        @Schema(example = "66.5") BigDecimal score,
        @Schema(example = "PARTIALLY_ADDRESSES") String verdict,
        @Schema(nullable = true, description = "The rate the formula gives once the draft's purchases count", example = "20")
        BigDecimal impliedRatePct,
        @Schema(nullable = true, description = "The rate the formula gives on today's data", example = "30")
        BigDecimal baselineRatePct,
        @Schema(example = "19") BigDecimal targetRatePct,
        @Schema(nullable = true, description = "More yearly purchases needed to reach the target rate, in USD; 0 when "
                + "reached", example = "166636980")
        BigDecimal additionalPurchasesUsd,
        @Schema(description = "Id of the trade data the content was scored against") String dataVintage,
        @Schema(type = SchemaType.OBJECT,
                description = "rules-service's whole answer: per-concern scores, fired rules with reasons, gaps, warnings")
        JsonNode result) {
}
