package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.Authority;
import org.tradedeal.tradedata.MeasureStatus;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula;

import java.math.BigDecimal;

/**
 * The formula on the figures held set against a rate that was published as computed with the formula.
 *
 * @param exportsWindow       the exports for which the formula, with the imports used and USTR's parameters,
 *                            gives the published rate (and published charged %); null when none do
 * @param exportsUsedInWindow whether the exports figure used lies in that window
 * @param explanation         whether they agree, and if not, why
 */
public record PublishedComparison(Long measureId, Authority authority, String title, String legalInstrument,
                                  MeasureStatus status, BigDecimal publishedRatePct, BigDecimal publishedChargedPct,
                                  Integer dataYear, BigDecimal formulaRatePct, BigDecimal formulaChargedPct,
                                  boolean agrees, ReciprocalTariffFormula.ExportsWindow exportsWindow,
                                  boolean exportsUsedInWindow, String explanation) {
}
