package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/** One stored figure of one ledger, with its provenance. */
public record TradeFlowView(Long id, String reporter, String partner, String period, PeriodBasis basis, int year,
                            Direction direction, ProductLevel productLevel, String hsCode, BigDecimal valueUsd,
                            @Schema(nullable = true) BigDecimal calculatedDutyUsd,
                            ValuePrecision precision,
                            @Schema(nullable = true) String precisionNote,
                            @Schema(nullable = true) BigDecimal roundingUnitUsd,
                            String source, String vintage,
                            @Schema(nullable = true, description = "null for a flow not imported from a file") Long importBatchId,
                            @Schema(nullable = true) Integer sourceLine) {
}
