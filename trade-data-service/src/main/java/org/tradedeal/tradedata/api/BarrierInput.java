package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A newly listed non-tariff barrier; it starts LISTED on {@code listedOn}. */
public record BarrierInput(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*", message = "must look like SPS-4")
        @Size(max = 20) @Schema(example = "SPS-4") String code,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "PK") String imposer,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "US") String listedBy,
        @NotNull @Pattern(regexp = "[A-P]|TARIFF|DIGITAL", message = "must be a MAST chapter A..P, TARIFF or DIGITAL")
        @Schema(example = "A") String mastChapter,
        @NotBlank @Size(max = 40) @Schema(example = "sps") String category,
        @NotBlank @Size(max = 200) @Schema(example = "Poultry import certificates") String title,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 300) String source,
        @NotNull @Schema(example = "2026-03-31") LocalDate listedOn,
        List<@NotNull @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}", message = "must be an HS code of 2, 4 or 6 digits") String> affectedProducts,
        @PositiveOrZero @Digits(integer = 18, fraction = 0, message = "must be whole US dollars") BigDecimal blockedTradeUsd,
        @Size(max = 300) String blockedTradeSource) {
}
