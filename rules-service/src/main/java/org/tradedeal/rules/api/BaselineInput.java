package org.tradedeal.rules.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.validation.WellFormedEntries;

import java.math.BigDecimal;
import java.util.List;

/**
 * The part of trade-data-service's baseline the rules read. The imports and exports are the reporter's
 * (the side imposing the tariff) from its own ledger. Its entries (exports by product, barriers) are
 * checked in one pass by {@link WellFormedEntries}, not by a Bean Validation cascade into each entry.
 */
// Fields the rules do not read are accepted and ignored (the OpenAPI schema says so: additionalProperties).
@JsonIgnoreProperties(ignoreUnknown = true)
@WellFormedEntries
@Schema(name = "Baseline", description = "The trade data a draft is scored against",
        additionalProperties = Schema.True.class)
public record BaselineInput(
        @NotBlank @Schema(example = "US") String reporter,
        @NotBlank @Schema(example = "PK") String partner,
        @NotNull @Min(1900) @Max(2200) @Schema(example = "2024") Integer year,
        @NotBlank @Schema(example = "sha256:923b44a0") String dataVintage,
        // bounded so that the formula's quotients stay finite: at least a dollar, at most USD 100 trillion
        @NotNull @DecimalMin("1") @DecimalMax("100000000000000") @Digits(integer = 15, fraction = 2)
        @Schema(description = "The reporter's imports from the partner (1 to 100 trillion)", example = "5107479000")
        BigDecimal importsUsd,
        @NotNull @PositiveOrZero @DecimalMax("100000000000000") @Digits(integer = 15, fraction = 2)
        @Schema(description = "The reporter's exports to the partner (at most 100 trillion)", example = "2100000000")
        BigDecimal exportsUsd,
        @Schema(description = "The reporter's exports to the partner by product (plausibility, weights)") List<ProductTradeInput> exportsByProduct,
        @Schema(description = "The partner's non-tariff barriers the reporter has listed") List<BarrierInput> barriers) {

    public BaselineInput {
        exportsByProduct = exportsByProduct == null ? List.of() : exportsByProduct;
        barriers = barriers == null ? List.of() : barriers;
    }
}
