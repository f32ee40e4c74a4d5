package org.tradedeal.rules.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.HsCodes;

import java.math.BigDecimal;

@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "ProductTrade", description = "The reporter's trade in one product with the partner",
        additionalProperties = Schema.True.class)
public record ProductTradeInput(
        @Schema(required = true, pattern = HsCodes.PATTERN, example = "5201") String hsCode,
        String description,
        @Schema(required = true, minimum = "0", example = "393000000") BigDecimal valueUsd,
        @Schema(description = "REPORTER or PARTNER_MIRROR", example = "PARTNER_MIRROR") String ledger,
        @Schema(example = "FY2024-25") String period) {
}
