package org.tradedeal.rules.engine;

import org.tradedeal.rules.Concern;
import org.tradedeal.rules.Contribution;
import org.tradedeal.rules.DeficitProjection;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.config.ScoringConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pure function: the rules' contributions summed per concern (exactly: a bound that applies is a rule's
 * contribution like any other, nothing is clamped here), the total normalised to 0-100, and the verdict:
 * {@code ADDRESSES_CONCERNS} needs the target rate in every window year and the score threshold.
 */
record ScoreCard(Map<Concern, BigDecimal> scores, BigDecimal score, EvaluationResult.Verdict verdict) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static ScoreCard of(List<Contribution> contributions, DeficitProjection projection, ScoringParameters parameters,
                        ScoringConfig.Verdict thresholds) {
        Map<Concern, BigDecimal> scores = new EnumMap<>(Concern.class);
        for (Concern concern : Concern.values()) {
            scores.put(concern, BigDecimal.ZERO.setScale(2));
        }
        contributions.forEach(c -> scores.merge(c.concern(), c.points(), BigDecimal::add));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal maxTotal = BigDecimal.ZERO;
        for (Concern concern : Concern.values()) {
            BigDecimal score = scores.get(concern);
            BigDecimal max = parameters.max(concern);
            if (score.signum() < 0 || score.compareTo(max) > 0) {
                // The rules bound every concern themselves; reaching here is a defect of the rules, not of the input.
                throw new IllegalStateException("The rules gave " + concern + " " + score + " points, outside 0-" + max);
            }
            total = total.add(score);
            maxTotal = maxTotal.add(max);
        }
        BigDecimal score = maxTotal.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : total.multiply(HUNDRED).divide(maxTotal, 2, RoundingMode.HALF_UP);
        EvaluationResult.Verdict verdict = score.compareTo(thresholds.addressesConcerns()) >= 0
                && projection.targetMetEveryYear()
                ? EvaluationResult.Verdict.ADDRESSES_CONCERNS
                : score.compareTo(thresholds.partiallyAddresses()) >= 0
                ? EvaluationResult.Verdict.PARTIALLY_ADDRESSES
                : EvaluationResult.Verdict.INSUFFICIENT;
        return new ScoreCard(scores, score, verdict);
    }
}
