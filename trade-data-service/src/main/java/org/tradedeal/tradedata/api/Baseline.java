package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.NonTariffBarrier;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.TariffMeasure;
import org.tradedeal.tradedata.formula.ReciprocalRate;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a scorer needs about a pair and a year, in one answer: the reporter's figures and their
 * provenance, product detail (own ledger, else the partner's mirror), the reporter's tariff measures on the
 * partner, the partner's barriers the reporter lists, and the formula on the figures.
 */
public record Baseline(String reporter, String partner, int year, PeriodBasis basis, String period,
                       BigDecimal importsUsd, BigDecimal exportsUsd, LedgerFigures.ChosenFigure imports,
                       LedgerFigures.ChosenFigure exports, List<ProductLine> importsByProduct,
                       List<ProductLine> exportsByProduct, List<TariffMeasure> measures,
                       List<NonTariffBarrier> barriers, ReciprocalRate reciprocalRate, List<String> notes) {
}
