package org.tradedeal.rules;

import org.kie.api.definition.rule.Rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fact a rule inserts when it fires: the points it gives (zero when it only explains; negative only when a
 * concern's bound takes back what its rules gave beyond the maximum) and why, with the numbers. The concern comes from the rule's own {@code @concern} metadata.
 */
public record Contribution(Concern concern, String rule, BigDecimal points, String reason) {

    /** In a rule's consequence: {@code insert(Contribution.of(drools.getRule(), points, reason))}. */
    public static Contribution of(Rule rule, BigDecimal points, String reason) {
        return new Contribution(concernOf(rule), rule.getName(), points.setScale(2, RoundingMode.HALF_UP), reason);
    }

    /** A rule that only explains (a projection, what is left in place): no points. */
    public static Contribution explaining(Rule rule, String reason) {
        return of(rule, BigDecimal.ZERO, reason);
    }

    static Concern concernOf(Rule rule) {
        return CONCERNS.computeIfAbsent(rule.getName(), name -> Concern.valueOf(RuleMetadata.text(rule, "concern")));
    }

    /** Rule name -> its @concern: read once per rule, not once per evaluation. */
    private static final Map<String, Concern> CONCERNS = new ConcurrentHashMap<>();
}
