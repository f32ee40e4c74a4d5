package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.PeriodBasis;

import java.math.BigDecimal;
import java.util.List;

/** The formula before and after the changes. */
public record WhatIfView(String reporter, String partner, int year, PeriodBasis basis, String period,
                         LedgerFigureView imports, LedgerFigureView exports, BigDecimal importsBeforeUsd,
                         BigDecimal importsAfterUsd, BigDecimal exportsBeforeUsd, BigDecimal addedExportsUsd,
                         BigDecimal exportsAfterUsd, List<AddedExportView> addedExports, ReciprocalRateView before,
                         ReciprocalRateView after, BigDecimal rateChangePct, List<String> notes) {
}
