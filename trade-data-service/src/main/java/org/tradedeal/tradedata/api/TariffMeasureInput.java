package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Authority;
import org.tradedeal.tradedata.MeasureStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new tariff measure. Its first history entry is its status on {@code announcedOn} (or validFrom). */
public record TariffMeasureInput(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "US") String imposer,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "PK") String target,
        @NotNull @Schema(example = "SECTION_232") Authority authority,
        @NotNull @PositiveOrZero @Digits(integer = 4, fraction = 3) @Schema(example = "25") BigDecimal ratePct,
        @NotNull @Schema(example = "ANNOUNCED") MeasureStatus status,
        @Schema(example = "2026-03-10") LocalDate announcedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        @NotBlank @Size(max = 300) @Schema(example = "Steel and aluminium tariff") String title,
        @Size(max = 200) String legalInstrument,
        @Size(max = 1000) String note,
        @NotBlank @Size(max = 300) @Schema(example = "Federal Register") String source,
        @Min(1900) @Max(2100) Integer formulaDataYear,
        @Digits(integer = 4, fraction = 3) BigDecimal formulaChargedPct) {
}
