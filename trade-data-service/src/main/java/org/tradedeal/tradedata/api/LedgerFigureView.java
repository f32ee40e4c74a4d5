package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figure a calculation used, with its provenance and the candidates it was preferred to (the most
 * precise wins: EXACT > DERIVED > ROUNDED > ESTIMATED; then a published total over a computed sum).
 */
public record LedgerFigureView(
        @Schema(example = "5107479000") BigDecimal valueUsd,
        @Schema(example = "EXACT") ValuePrecision precision,
        @Schema(example = "exact sum of HS2 rows") String precisionNote,
        BigDecimal roundingUnitUsd,
        @Schema(example = "US Census general imports by HS2 as compiled in tradewartracker/trade-war-redux-2025") String source,
        @Schema(example = "seed-2025") String vintage,
        @Schema(example = "2024") String period,
        PeriodBasis basis,
        LedgerFigures.Derivation derivation,
        int rowCount,
        List<FigureView> alternatives) {
}
