package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/** One stored figure of one ledger, with its provenance. */
public record TradeFlowView(Long id, String reporter, String partner, String period, PeriodBasis basis, int year,
                            Direction direction, ProductLevel productLevel, String hsCode, BigDecimal valueUsd,
                            BigDecimal calculatedDutyUsd, ValuePrecision precision, String precisionNote,
                            BigDecimal roundingUnitUsd, String source, String vintage, Long importBatchId,
                            Integer sourceLine) {
}
