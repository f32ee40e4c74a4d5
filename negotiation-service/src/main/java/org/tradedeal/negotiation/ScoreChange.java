package org.tradedeal.negotiation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between a version's previous evaluation and a new one, and why the score moved: the
 * ruleset, the data vintage, and per concern the points and the rules that started or stopped firing.
 */
public record ScoreChange(
        long previousEvaluationId,
        boolean rulesetChanged,
        String previousRuleset,
        String ruleset,
        boolean dataVintageChanged,
        String previousDataVintage,
        String dataVintage,
        BigDecimal previousScore,
        BigDecimal score,
        BigDecimal scoreDelta,
        String previousVerdict,
        String verdict,
        List<ConcernChange> concerns,
        String explanation) {

    public record ConcernChange(
            String concern,
            BigDecimal previousScore,
            BigDecimal score,
            BigDecimal delta,
            List<String> rulesNowFiring,
            List<String> rulesNoLongerFiring) {
    }
}
