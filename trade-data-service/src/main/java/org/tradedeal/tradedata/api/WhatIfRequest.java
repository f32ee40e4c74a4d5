package org.tradedeal.tradedata.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.PeriodBasis;

import java.math.BigDecimal;
import java.util.List;

/** Added exports by product and/or changed imports, for a pair and year the service holds data for. */
public record WhatIfRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "US") String reporter,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "PK") String partner,
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2024") Integer year,
        PeriodBasis basis,
        List<@Valid @NotNull AddedExportInput> addedExports,
        @Positive @Digits(integer = 18, fraction = 0, message = "must be whole US dollars") BigDecimal importsUsd,
        @Digits(integer = 18, fraction = 0, message = "must be whole US dollars") BigDecimal importsChangeUsd,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = "must be at most 1000") @Digits(integer = 4, fraction = 6, message = "must have at most 6 decimals") BigDecimal epsilon,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = "must be at most 1000") @Digits(integer = 4, fraction = 6, message = "must have at most 6 decimals") BigDecimal phi) {
}
