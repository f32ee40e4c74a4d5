package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Authority;
import org.tradedeal.tradedata.MeasureStatus;

import java.math.BigDecimal;

/** The formula on the figures held set against the rate published as computed with it. */
public record PublishedComparisonView(
        @Schema(example = "51") Long measureId,
        Authority authority,
        String title,
        @Schema(example = "Executive Order 14257, Annex I (2 April 2025)") String legalInstrument,
        MeasureStatus status,
        @Schema(example = "29") BigDecimal publishedRatePct,
        @Schema(example = "58") BigDecimal publishedChargedPct,
        @Schema(example = "2024") Integer dataYear,
        @Schema(description = "the formula with USTR's parameters on the figures held", example = "30") BigDecimal formulaRatePct,
        @Schema(example = "59") BigDecimal formulaChargedPct,
        @Schema(example = "false") boolean agrees,
        @Schema(description = "exports for which the formula (imports held, USTR's parameters) gives the published pair")
        ExportsWindowView exportsWindow,
        @Schema(example = "false") boolean exportsUsedInWindow,
        String explanation) {
}
