package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.PeriodBasis;

import java.math.BigDecimal;
import java.util.List;

/** The trade of a pair in one period, from the reporter's ledger, with provenance and the product breakdown. */
public record TradeBalanceView(
        @Schema(example = "US") String reporter,
        @Schema(example = "PK") String partner,
        @Schema(example = "2024") int year,
        PeriodBasis basis,
        @Schema(example = "2024") String period,
        @Schema(description = "the reporter's imports from the partner; null when its ledger has none") LedgerFigureView imports,
        @Schema(description = "the reporter's exports to the partner; null when its ledger has none") LedgerFigureView exports,
        @Schema(description = "exports - imports; negative is a deficit", example = "-3007479000") BigDecimal balanceUsd,
        List<ProductLineView> importsByProduct,
        List<ProductLineView> exportsByProduct,
        List<String> notes) {
}
