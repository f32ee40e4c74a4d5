package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.LedgerFigures;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.TariffMeasure;
import org.tradedeal.tradedata.formula.ReciprocalRate;

import java.util.List;

/** The formula forward on the figures a ledger holds, with their provenance and the published rate. */
public record RateAnswer(String reporter, String partner, int year, PeriodBasis basis, String period,
                         LedgerFigures.ChosenFigure imports, LedgerFigures.ChosenFigure exports, boolean inputsExact,
                         ReciprocalRate reciprocalRate, PublishedComparison published, List<TariffMeasure> measures,
                         List<String> notes) {
}
