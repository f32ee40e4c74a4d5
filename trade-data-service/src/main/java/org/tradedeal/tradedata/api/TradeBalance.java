package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.PeriodBasis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The trade of a pair in one period from the reporter's ledger: the figures chosen for imports and exports
 * (either may be null when the ledger lacks it), the balance, and the breakdown by product.
 */
public record TradeBalance(String reporter, String partner, int year, PeriodBasis basis, String period,
                           LedgerFigures.ChosenFigure imports, LedgerFigures.ChosenFigure exports, BigDecimal balanceUsd,
                           List<ProductLine> importsByProduct, List<ProductLine> exportsByProduct, List<String> notes) {
}
