package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.formula.ReciprocalRate;

import java.math.BigDecimal;
import java.util.List;

/** The formula before and after added exports and/or changed imports. */
public record WhatIf(String reporter, String partner, int year, PeriodBasis basis, String period,
                     LedgerFigures.ChosenFigure imports, LedgerFigures.ChosenFigure exports,
                     BigDecimal importsBeforeUsd, BigDecimal importsAfterUsd, BigDecimal exportsBeforeUsd,
                     BigDecimal addedExportsUsd, BigDecimal exportsAfterUsd, List<AddedExport> addedExports,
                     ReciprocalRate before, ReciprocalRate after, BigDecimal rateChangePct, List<String> notes) {
}
