package org.tradedeal.tradedata;

import java.math.BigDecimal;
import java.util.List;

/** The formula before and after added exports and/or changed imports. */
public record WhatIf(String reporter, String partner, int year, PeriodBasis basis, String period,
                     LedgerFigures.ChosenFigure imports, LedgerFigures.ChosenFigure exports,
                     BigDecimal importsBeforeUsd, BigDecimal importsAfterUsd, BigDecimal exportsBeforeUsd,
                     BigDecimal addedExportsUsd, BigDecimal exportsAfterUsd, List<AddedExport> addedExports,
                     ReciprocalRate before, ReciprocalRate after, BigDecimal rateChangePct, List<String> notes) {
}
