package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.PeriodBasis;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything rules-service needs about a pair and a year, in one answer (the contract of
 * negotiation-service). {@code dataVintage} identifies exactly the data in the answer.
 */
public record BaselineView(
        @Schema(example = "US") String reporter,
        @Schema(example = "PK") String partner,
        @Schema(example = "2024") int year,
        PeriodBasis basis,
        @Schema(example = "2024") String period,
        @Schema(description = "sha256 of the answer's content: same data, same id; any change, a new id",
                example = "sha256:3f2a9c...") String dataVintage,
        @Schema(description = "m: the reporter's imports from the partner", example = "5107479000") BigDecimal importsUsd,
        @Schema(description = "x: the reporter's exports to the partner", example = "2100000000") BigDecimal exportsUsd,
        LedgerFigureView imports,
        LedgerFigureView exports,
        List<ProductLineView> importsByProduct,
        List<ProductLineView> exportsByProduct,
        List<TariffMeasureView> measures,
        List<BarrierView> barriers,
        ReciprocalRateView reciprocalRate,
        List<String> notes) {
}
