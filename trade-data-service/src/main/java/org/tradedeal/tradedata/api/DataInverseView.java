package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.PeriodBasis;

import java.math.BigDecimal;
import java.util.List;

/** The inverse on the figures held, with their provenance. */
public record DataInverseView(String reporter, String partner, int year, PeriodBasis basis, String period,
                              LedgerFigureView imports, LedgerFigureView exports, BigDecimal importsChangeUsd,
                              InverseView result, List<String> notes) {
}
