package org.tradedeal.rules.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "Barrier", description = "A non-tariff barrier of the partner that the reporter has listed",
        additionalProperties = Schema.True.class)
public record BarrierInput(
        @Schema(required = true, pattern = "\\S", example = "SPS-1") String code,
        @Schema(example = "Biotech (GE) approvals for soybeans and oilseeds") String title,
        @Schema(description = "LISTED, OFFERED, LEGISLATED or REMOVAL_VERIFIED", example = "LISTED") String status,
        @Schema(description = "HS codes of the products it affects", example = "[\"1201\"]") List<String> affectedProducts,
        @Schema(minimum = "0", description = "The trade it blocks where known") BigDecimal blockedTradeUsd) {

    public BarrierInput {
        affectedProducts = affectedProducts == null ? List.of() : affectedProducts;
    }
}
