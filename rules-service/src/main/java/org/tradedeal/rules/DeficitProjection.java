package org.tradedeal.rules;

import org.tradedeal.rules.formula.ReciprocalFormula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fact: the balance and rate the formula gives in each year of the window once the purchases counted in
 * that year are added to the baseline's exports, and the weakest of those years (the highest rate, the
 * earliest among equals), against the target.
 *
 * @param gapAtBaselineUsd       additional yearly exports the baseline needs to reach the target (null when the
 *                               target is below the floor)
 * @param additionalPurchasesUsd what the weakest year still needs (null likewise)
 */
public record DeficitProjection(
        List<Year> years,
        Year weakest,
        BigDecimal importsUsd,
        BigDecimal baselineExportsUsd,
        int baselineRatePct,
        int targetRatePct,
        BigDecimal gapAtBaselineUsd,
        BigDecimal additionalPurchasesUsd) {

    /** One window year: the purchases counted in it, the exports and balance they make, the formula's rate. */
    public record Year(int year, BigDecimal countedPurchasesUsd, BigDecimal exportsUsd, BigDecimal balanceUsd,
                       BigDecimal deficitRatioPct, int ratePct) {
    }

    /** Pure function: the formula on the baseline plus each window year's counted purchases. */
    public static DeficitProjection project(TradeBaseline baseline, Target target, Window window,
                                            ScoringParameters parameters, PurchasePlan plan) {
        BigDecimal m = baseline.importsUsd();
        BigDecimal x = baseline.exportsUsd();
        List<Year> years = new ArrayList<>(window.years());
        Year weakest = null;
        for (int i = 0; i < window.years(); i++) {
            BigDecimal counted = plan.yearlyCreditedUsd().get(i);
            BigDecimal exports = x.add(counted);
            Year year = new Year(window.firstYear() + i, counted, exports, exports.subtract(m),
                    ReciprocalFormula.deficitRatioPct(m, exports),
                    ReciprocalFormula.ratePct(m, exports, parameters.epsilon(), parameters.phi()));
            years.add(year);
            if (weakest == null || year.exportsUsd().compareTo(weakest.exportsUsd()) < 0) {
                weakest = year;
            }
        }
        return new DeficitProjection(List.copyOf(years), weakest, m, x,
                ReciprocalFormula.ratePct(m, x, parameters.epsilon(), parameters.phi()), target.ratePct(),
                ReciprocalFormula.additionalExportsFor(m, x, target.ratePct(), parameters.epsilon(), parameters.phi())
                        .orElse(null),
                ReciprocalFormula.additionalExportsFor(m, weakest.exportsUsd(), target.ratePct(), parameters.epsilon(),
                        parameters.phi()).orElse(null));
    }

    /** "2025: 22%, 2026: 22%, 2027: 22%". */
    public String ratesByYear() {
        StringBuilder text = new StringBuilder();
        for (Year year : years) {
            text.append(text.isEmpty() ? "" : ", ").append(year.year()).append(": ").append(year.ratePct()).append('%');
        }
        return text.toString();
    }

    /** Whether the formula gives the target rate or less in every window year (never when the target is below the floor). */
    public boolean targetMetEveryYear() {
        return weakest.ratePct() <= targetRatePct;
    }
}
