package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/** A candidate figure with its provenance. */
public record FigureView(
        @Schema(example = "5100000000") BigDecimal valueUsd,
        @Schema(example = "ROUNDED") ValuePrecision precision,
        @Schema(example = "rounded to 0.1 bn") String precisionNote,
        @Schema(description = "for rounded figures, the unit rounded to", example = "100000000") BigDecimal roundingUnitUsd,
        String source, String vintage,
        @Schema(example = "2024") String period,
        PeriodBasis basis,
        @Schema(description = "TOTAL_ROW: a published total; HS2_SUM: the sum of a source's HS chapter rows")
        LedgerFigures.Derivation derivation,
        @Schema(description = "rows behind the figure", example = "1") int rowCount) {
}
