package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Exports of one product added in a what-if. */
public record AddedExportInput(
        @NotNull @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}", message = "must be an HS code of 2, 4 or 6 digits")
        @Schema(example = "5201") String hsCode,
        @NotNull @Positive @Digits(integer = 18, fraction = 0, message = "must be whole US dollars")
        @Schema(example = "500000000") BigDecimal addedUsd) {
}
