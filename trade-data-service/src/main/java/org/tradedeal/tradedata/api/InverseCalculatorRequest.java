package org.tradedeal.tradedata.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Figures and a target rate: how much more must the partner buy? */
public record InverseCalculatorRequest(
        @NotNull @Positive @Digits(integer = 18, fraction = 6, message = "must be at most 18 digits before the point and 6 after") @Schema(example = "5107479000") BigDecimal usImportsUsd,
        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 6, message = "must be at most 18 digits before the point and 6 after") @Schema(example = "2100000000") BigDecimal usExportsUsd,
        @NotNull @DecimalMax(value = "1000", message = "must be at most 1000") @Schema(description = "whole percent, at least 10", example = "19") BigDecimal targetRatePct,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = "must be at most 1000") @Digits(integer = 4, fraction = 6, message = "must have at most 6 decimals") @Schema(example = "4") BigDecimal epsilon,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = "must be at most 1000") @Digits(integer = 4, fraction = 6, message = "must have at most 6 decimals") @Schema(example = "0.25") BigDecimal phi,
        @Schema(description = "optional split of the additional exports; shares are fractions summing to exactly 1")
        List<@Valid @NotNull ShareInput> allocation) {
}
