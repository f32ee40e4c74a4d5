package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Figures for the formula, for any partner (the service need hold no data for it). */
public record CalculatorRequest(
        @NotNull @Positive @Digits(integer = 18, fraction = 6, message = "must be at most 18 digits before the point and 6 after")
        @Schema(description = "m: US goods imports from the partner, USD", example = "5107479000")
        BigDecimal usImportsUsd,
        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 6, message = "must be at most 18 digits before the point and 6 after")
        @Schema(description = "x: US goods exports to the partner, USD", example = "2150000000")
        BigDecimal usExportsUsd,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = "must be at most 1000") @Digits(integer = 4, fraction = 6, message = "must have at most 6 decimals")
        @Schema(description = "default 4", example = "4") BigDecimal epsilon,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = "must be at most 1000") @Digits(integer = 4, fraction = 6, message = "must have at most 6 decimals")
        @Schema(description = "default 0.25", example = "0.25") BigDecimal phi) {
}
