package org.tradedeal.rules;

import org.tradedeal.rules.formula.ReciprocalFormula;

import java.math.BigDecimal;

/**
 * Fact: the years a draft is judged over and the dollars they need. The window runs from {@code firstYear}
 * (the deadline's year, else the year after the baseline's; never before the baseline's) for
 * {@code years} years to {@code lastYear}. A purchase counts in every year it runs from the baseline year
 * ({@code countedFrom}: earlier is never worse) to {@code lastYear}; later years do not count.
 *
 * @param targetPct          the target rate (whole percent)
 * @param effectiveTargetPct what the points are earned toward: the target, or the formula's floor when the
 *                           target is below it
 * @param gapUsd             the yearly exports the baseline lacks for the effective target (the inverse formula)
 * @param needUsd            what the window needs: {@code years x gapUsd}
 * @param referenceGapUsd    what the credibility and balance components measure purchases against, a year:
 *                           the gap, or, when the baseline already meets the target, the gap to the floor
 * @param referenceNeedUsd   the same over the window
 */
public record Window(int countedFrom, int firstYear, int lastYear, int years, int targetPct, int effectiveTargetPct,
                     BigDecimal gapUsd, BigDecimal needUsd, BigDecimal referenceGapUsd, BigDecimal referenceNeedUsd) {

    /** Pure function: the window of a baseline, a target and a deadline. */
    public static Window of(TradeBaseline baseline, Target target, ScoringParameters parameters) {
        int first = target.deadline() == null ? baseline.year() + 1 : Math.max(target.deadlineYear(), baseline.year());
        int years = parameters.windowYears();
        int effective = Math.max(target.ratePct(), ReciprocalFormula.FLOOR_PCT);
        BigDecimal gap = gap(baseline, effective, parameters);
        BigDecimal referenceGap = gap.signum() > 0 ? gap : gap(baseline, ReciprocalFormula.FLOOR_PCT, parameters);
        BigDecimal length = BigDecimal.valueOf(years);
        return new Window(baseline.year(), first, first + years - 1, years, target.ratePct(), effective, gap,
                gap.multiply(length), referenceGap, referenceGap.multiply(length));
    }

    private static BigDecimal gap(TradeBaseline baseline, int ratePct, ScoringParameters parameters) {
        return ReciprocalFormula.additionalExportsFor(baseline.importsUsd(), baseline.exportsUsd(), ratePct,
                parameters.epsilon(), parameters.phi()).orElseThrow();
    }

    /** Whether any amount of purchases can reach the target (not below the 10% floor). */
    public boolean targetReachable() {
        return targetPct >= ReciprocalFormula.FLOOR_PCT;
    }

    /** Whether the baseline's exports already give the effective target: the window needs nothing. */
    public boolean baselineMeetsTarget() {
        return needUsd.signum() == 0;
    }

    /** Whether the credibility and balance components have anything to measure purchases against. */
    public boolean hasReference() {
        return referenceNeedUsd.signum() > 0;
    }

    /** The share of the window's need that {@code usd} covers (not held at 1). */
    public BigDecimal shareOfNeed(BigDecimal usd) {
        return Ratio.of(usd, needUsd);
    }

    /** The share of the reference need that {@code usd} covers, at most 1. */
    public BigDecimal shareOfReferenceNeed(BigDecimal usd) {
        return Ratio.of(usd, referenceNeedUsd).min(BigDecimal.ONE);
    }

    /** The share of one year's reference gap that {@code usd} covers, at most 1. */
    public BigDecimal shareOfReferenceGap(BigDecimal usd) {
        return Ratio.of(usd, referenceGapUsd).min(BigDecimal.ONE);
    }

    /** "2025-2027", or "2025" for a one-year window. */
    public String span() {
        return firstYear == lastYear ? String.valueOf(firstYear) : firstYear + "-" + lastYear;
    }

    /** The years the purchases count in: "2024-2027". */
    public String countedSpan() {
        return countedFrom == lastYear ? String.valueOf(lastYear) : countedFrom + "-" + lastYear;
    }
}
