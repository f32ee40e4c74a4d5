package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.PeriodBasis;

import java.util.List;

/** The formula on the figures held, which figures and how precise, and the published rate beside it. */
public record RateAnswerView(
        @Schema(example = "US") String reporter,
        @Schema(example = "PK") String partner,
        @Schema(example = "2024") int year,
        PeriodBasis basis,
        @Schema(example = "2024") String period,
        LedgerFigureView imports,
        LedgerFigureView exports,
        @Schema(description = "both inputs are EXACT", example = "false") boolean inputsExact,
        ReciprocalRateView reciprocalRate,
        @Schema(description = "the rate published as computed with the formula from this year's data; null when none is held")
        PublishedComparisonView published,
        @Schema(description = "the reporter's tariff measures on the partner, in order of time")
        List<TariffMeasureView> measures,
        List<String> notes) {
}
