package org.tradedeal.rules;

import org.tradedeal.rules.formula.ReciprocalFormula;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Fact: the balance and rate the formula gives once the draft's purchases are added to the baseline's
 * exports, against the target.
 *
 * @param projectedYear          the year projected: the peak year of the purchases (null without any)
 * @param countedPurchasesUsd    the yearly purchases as counted in that year: binding ones in full,
 *                               best-effort ones at the best-effort factor
 * @param gapAtBaselineUsd       additional yearly exports the baseline needs to reach the target (null
 *                               when the target is below the floor)
 * @param additionalPurchasesUsd what is still needed with the draft's purchases (null likewise)
 */
public record DeficitProjection(
        Integer projectedYear,
        BigDecimal importsUsd,
        BigDecimal baselineExportsUsd,
        BigDecimal countedPurchasesUsd,
        BigDecimal projectedExportsUsd,
        BigDecimal balanceUsd,
        BigDecimal deficitRatioPct,
        int baselineRatePct,
        int ratePct,
        int targetRatePct,
        BigDecimal gapAtBaselineUsd,
        BigDecimal additionalPurchasesUsd) {

    /** Pure function: the formula on the baseline plus the counted purchases. */
    public static DeficitProjection project(TradeBaseline baseline, Target target, ScoringParameters parameters,
                                            PurchaseSummary purchases) {
        BigDecimal counted = purchases.counted();
        BigDecimal m = baseline.importsUsd();
        BigDecimal x = baseline.exportsUsd();
        BigDecimal projected = x.add(counted);
        return new DeficitProjection(purchases.count() == 0 ? null : purchases.peakYear(), m, x, counted, projected, projected.subtract(m),
                ReciprocalFormula.deficitRatioPct(m, projected),
                ReciprocalFormula.ratePct(m, x, parameters.epsilon(), parameters.phi()),
                ReciprocalFormula.ratePct(m, projected, parameters.epsilon(), parameters.phi()),
                target.ratePct(),
                ReciprocalFormula.additionalExportsFor(m, x, target.ratePct(), parameters.epsilon(), parameters.phi())
                        .orElse(null),
                ReciprocalFormula.additionalExportsFor(m, projected, target.ratePct(), parameters.epsilon(),
                        parameters.phi()).orElse(null));
    }

    /** Whether any amount of purchases can reach the target (not below the 10% floor). */
    public boolean targetReachable() {
        return gapAtBaselineUsd != null;
    }

    public boolean baselineMeetsTarget() {
        return targetReachable() && gapAtBaselineUsd.signum() == 0;
    }

    public boolean targetReached() {
        return targetReachable() && additionalPurchasesUsd.signum() == 0;
    }

    public boolean hasPurchases() {
        return countedPurchasesUsd.signum() > 0;
    }

    /** The share of the baseline's gap to the target that the counted purchases close, at most 1. */
    public BigDecimal closedShare() {
        if (!targetReachable() || gapAtBaselineUsd.signum() == 0) {
            return BigDecimal.ONE;
        }
        return countedPurchasesUsd.divide(gapAtBaselineUsd, MathContext.DECIMAL64).min(BigDecimal.ONE);
    }
}
