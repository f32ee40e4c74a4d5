package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.formula.InverseResult;

import java.math.BigDecimal;
import java.util.List;

/** The inverse on the figures a ledger holds, optionally with changed imports. */
public record DataInverse(String reporter, String partner, int year, PeriodBasis basis, String period,
                          LedgerFigures.ChosenFigure imports, LedgerFigures.ChosenFigure exports,
                          BigDecimal importsChangeUsd, InverseResult result, List<String> notes) {
}
