package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Authority;
import org.tradedeal.tradedata.MeasureStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A tariff measure with its legal authority, validity and status history. */
public record TariffMeasureView(
        @Schema(example = "101") Long id,
        @Schema(example = "US") String imposer,
        @Schema(example = "PK") String target,
        @Schema(example = "IEEPA_RECIPROCAL") Authority authority,
        @Schema(example = "19") BigDecimal ratePct,
        @Schema(example = "VOIDED") MeasureStatus status,
        @Schema(example = "2025-08-07") LocalDate validFrom,
        @Schema(example = "2026-02-20") LocalDate validUntil,
        String title,
        String source,
        @Schema(example = "2025-07-31") LocalDate announcedOn,
        String legalInstrument,
        String note,
        @Schema(description = "for formula-derived rates: the data year", example = "2024") Integer formulaDataYear,
        @Schema(description = "for formula-derived rates: the published charged %", example = "58") BigDecimal formulaChargedPct,
        List<StatusChangeView> history) {
}
