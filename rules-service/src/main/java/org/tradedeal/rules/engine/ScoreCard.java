package org.tradedeal.rules.engine;

import org.tradedeal.rules.Concern;
import org.tradedeal.rules.Contribution;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.config.ScoringConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pure function: the rules' contributions summed per concern and held between 0 and the concern's
 * maximum (so deductions never take a concern below zero), the total normalised to 0-100, and the verdict
 * by the configured thresholds.
 */
record ScoreCard(Map<Concern, BigDecimal> scores, BigDecimal score, EvaluationResult.Verdict verdict) {

    static ScoreCard of(List<Contribution> contributions, ScoringParameters parameters, ScoringConfig.Verdict thresholds) {
        Map<Concern, BigDecimal> sums = new EnumMap<>(Concern.class);
        for (Concern concern : Concern.values()) {
            sums.put(concern, BigDecimal.ZERO);
        }
        contributions.forEach(c -> sums.merge(c.concern(), c.points(), BigDecimal::add));
        Map<Concern, BigDecimal> scores = new EnumMap<>(Concern.class);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal maxTotal = BigDecimal.ZERO;
        for (Concern concern : Concern.values()) {
            BigDecimal max = parameters.max(concern);
            BigDecimal score = sums.get(concern).max(BigDecimal.ZERO).min(max).setScale(2, RoundingMode.HALF_UP);
            scores.put(concern, score);
            total = total.add(score);
            maxTotal = maxTotal.add(max);
        }
        BigDecimal score = maxTotal.signum() == 0 ? BigDecimal.ZERO
                : total.multiply(BigDecimal.valueOf(100)).divide(maxTotal, 1, RoundingMode.HALF_UP);
        EvaluationResult.Verdict verdict = score.compareTo(thresholds.addressesConcerns()) >= 0
                ? EvaluationResult.Verdict.ADDRESSES_CONCERNS
                : score.compareTo(thresholds.partiallyAddresses()) >= 0
                ? EvaluationResult.Verdict.PARTIALLY_ADDRESSES
                : EvaluationResult.Verdict.INSUFFICIENT;
        return new ScoreCard(scores, score, verdict);
    }
}
