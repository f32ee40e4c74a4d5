package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A product line and its share of the additional exports: a fraction; all shares must sum to exactly 1. */
public record ShareInput(
        @NotNull @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}", message = "must be an HS code of 2, 4 or 6 digits")
        @Schema(example = "5201") String hsCode,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", message = "is a fraction: at most 1")
        @Digits(integer = 1, fraction = 12, message = "must have at most 12 decimals")
        @Schema(description = "fraction of the total (0.5 is half); the shares sum to exactly 1", example = "0.5")
        BigDecimal share) {
}
