package org.tradedeal.negotiation.service;

import org.tradedeal.negotiation.ScoreChange;
import org.tradedeal.negotiation.client.RulesEvaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Pure function: explains how a new evaluation differs from the previous one of the same version. */
public final class ScoreChanges {

    private ScoreChanges() {
    }

    public static ScoreChange between(long previousEvaluationId, RulesEvaluation previous, RulesEvaluation current) {
        String previousRuleset = describe(previous.ruleset());
        String ruleset = describe(current.ruleset());
        boolean rulesetChanged = !Objects.equals(previousRuleset, ruleset);
        boolean vintageChanged = !Objects.equals(previous.dataVintage(), current.dataVintage());
        BigDecimal delta = current.score().subtract(previous.score());

        List<ScoreChange.ConcernChange> concerns = concernChanges(previous, current);
        return new ScoreChange(previousEvaluationId, rulesetChanged, previousRuleset, ruleset, vintageChanged,
                previous.dataVintage(), current.dataVintage(), previous.score(), current.score(), delta,
                previous.verdict(), current.verdict(), concerns,
                explain(previousEvaluationId, previous, current, rulesetChanged, vintageChanged, concerns));
    }

    /** Per concern: the points before and after, and the rules that started or stopped firing. */
    public static List<ScoreChange.ConcernChange> concernChanges(RulesEvaluation previous, RulesEvaluation current) {
        Map<String, BigDecimal> before = scores(previous);
        Map<String, BigDecimal> after = scores(current);
        Map<String, Set<String>> rulesBefore = firedRules(previous);
        Map<String, Set<String>> rulesAfter = firedRules(current);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ScoreChange.ConcernChange> changes = new ArrayList<>();
        for (String concern : names) {
            BigDecimal from = before.getOrDefault(concern, BigDecimal.ZERO);
            BigDecimal to = after.getOrDefault(concern, BigDecimal.ZERO);
            Set<String> firedBefore = rulesBefore.getOrDefault(concern, Set.of());
            Set<String> firedAfter = rulesAfter.getOrDefault(concern, Set.of());
            changes.add(new ScoreChange.ConcernChange(concern, from, to, to.subtract(from),
                    firedAfter.stream().filter(rule -> !firedBefore.contains(rule)).toList(),
                    firedBefore.stream().filter(rule -> !firedAfter.contains(rule)).toList()));
        }
        return changes;
    }

    private static String explain(long previousEvaluationId, RulesEvaluation previous, RulesEvaluation current,
                                  boolean rulesetChanged, boolean vintageChanged,
                                  List<ScoreChange.ConcernChange> concerns) {
        StringBuilder text = new StringBuilder();
        BigDecimal delta = current.score().subtract(previous.score());
        if (delta.signum() == 0) {
            text.append("Score unchanged at ").append(plain(current.score()));
        } else {
            text.append("Score ").append(plain(previous.score())).append(" -> ").append(plain(current.score()))
                    .append(" (").append(signed(delta)).append(')');
        }
        text.append(" since evaluation ").append(previousEvaluationId).append(". ");
        if (!rulesetChanged && !vintageChanged) {
            text.append("Same ruleset and same data.");
        } else {
            if (rulesetChanged) {
                text.append("The ruleset changed (").append(describe(previous.ruleset())).append(" -> ")
                        .append(describe(current.ruleset())).append("). ");
            }
            if (vintageChanged) {
                text.append("The trade data changed (vintage ").append(previous.dataVintage()).append(" -> ")
                        .append(current.dataVintage()).append("). ");
            }
        }
        String moved = concerns.stream()
                .filter(change -> change.delta().signum() != 0)
                .map(change -> change.concern() + " " + signed(change.delta()) + firing(change))
                .collect(Collectors.joining("; "));
        if (!moved.isEmpty()) {
            text.append(" Moved: ").append(moved).append('.');
        }
        return text.toString().replace("  ", " ").trim();
    }

    private static String firing(ScoreChange.ConcernChange change) {
        List<String> parts = new ArrayList<>();
        if (!change.rulesNowFiring().isEmpty()) {
            parts.add("now firing: " + String.join(", ", change.rulesNowFiring()));
        }
        if (!change.rulesNoLongerFiring().isEmpty()) {
            parts.add("no longer firing: " + String.join(", ", change.rulesNoLongerFiring()));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static Map<String, BigDecimal> scores(RulesEvaluation evaluation) {
        Map<String, BigDecimal> scores = new TreeMap<>();
        if (evaluation.concerns() != null) {
            evaluation.concerns().forEach(concern -> scores.put(concern.concern(), concern.score()));
        }
        return scores;
    }

    private static Map<String, Set<String>> firedRules(RulesEvaluation evaluation) {
        Map<String, Set<String>> rules = new TreeMap<>();
        if (evaluation.firedRules() != null) {
            evaluation.firedRules().forEach(rule ->
                    rules.computeIfAbsent(rule.concern(), concern -> new TreeSet<>()).add(rule.rule()));
        }
        return rules;
    }

    private static String describe(RulesEvaluation.Ruleset ruleset) {
        if (ruleset == null) {
            return null;
        }
        return ruleset.name() + " " + ruleset.version()
                + (ruleset.contentHash() == null ? "" : " (" + ruleset.contentHash() + ")");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + plain(value);
    }
}
