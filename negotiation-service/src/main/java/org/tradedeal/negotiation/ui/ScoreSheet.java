package org.tradedeal.negotiation.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradedeal.negotiation.client.RulesEvaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation (stored, or a preview) as the score view shows it, from rules-service's answer as
 * {@link org.tradedeal.negotiation.service.EvaluationReader} reads it.
 */
public record ScoreSheet(BigDecimal score, String verdict, List<Concern> concerns, BigDecimal impliedRatePct,
                         BigDecimal baselineRatePct, BigDecimal targetRatePct, BigDecimal gapUsd,
                         Integer weakestYear, List<RulesEvaluation.Year> years,
                         List<RulesEvaluation.Barrier> barriersLeft, List<RulesEvaluation.Warning> warnings,
                         List<RulesEvaluation.FiredRule> firedRules, String ruleset, String dataVintage) {

    static final ObjectMapper CHART_JSON = new ObjectMapper();
    static final String POINTS_COLOUR = "#1f6f43";
    static final String OPEN_COLOUR = "#c9d1d9";

    /** One concern's points against its maximum. */
    public record Concern(String concern, BigDecimal score, BigDecimal maxScore) {
        public String label() {
            return Fmt.words(concern);
        }
    }

    public static ScoreSheet of(RulesEvaluation evaluation) {
        RulesEvaluation.Projection projection = evaluation.projection();
        RulesEvaluation.Gaps gaps = evaluation.gaps();
        RulesEvaluation.Ruleset ruleset = evaluation.ruleset();
        return new ScoreSheet(evaluation.score(), evaluation.verdict(),
                orEmpty(evaluation.concerns()).stream()
                        .map(c -> new Concern(c.concern(), c.score(), c.maxScore())).toList(),
                projection == null ? null : projection.ratePct(),
                projection == null ? null : projection.baselineRatePct(),
                projection == null ? null : projection.targetRatePct(),
                gaps == null ? null : gaps.additionalPurchasesUsd(),
                projection == null ? null : projection.year(),
                projection == null ? List.of() : orEmpty(projection.years()),
                gaps == null ? List.of() : orEmpty(gaps.unaddressedBarriers()),
                orEmpty(evaluation.warnings()), orEmpty(evaluation.firedRules()),
                ruleset == null ? null : ruleset.name() + " " + ruleset.version(), evaluation.dataVintage());
    }

    /** Whether the projected rate reaches the target (the rate is at or below it). */
    public boolean targetReached() {
        return impliedRatePct != null && targetRatePct != null && impliedRatePct.compareTo(targetRatePct) <= 0;
    }

    /** A sentence a screen reader gives for the concern chart. */
    public String concernSummary() {
        List<String> parts = new ArrayList<>();
        concerns.forEach(c -> parts.add(c.label() + " " + Fmt.number(c.score()) + " of " + Fmt.number(c.maxScore())));
        return "Points per concern: " + String.join(", ", parts);
    }

    /** Chart.js configuration: each concern's points, stacked with what is still open up to its maximum. */
    public String concernChart() {
        List<String> labels = concerns.stream().map(Concern::label).toList();
        List<BigDecimal> points = concerns.stream().map(Concern::score).toList();
        List<BigDecimal> open = concerns.stream()
                .map(c -> c.maxScore() == null || c.score() == null ? BigDecimal.ZERO : c.maxScore().subtract(c.score()).max(BigDecimal.ZERO))
                .toList();
        return chart("bar", labels, List.of(dataset("Points", points, POINTS_COLOUR),
                        dataset("Still open (to the maximum)", open, OPEN_COLOUR)),
                Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("stacked", true, "beginAtZero", true),
                        "y", Map.of("stacked", true))));
    }

    /** Chart.js configuration: the rate today, with this draft, and the target. */
    public String rateChart() {
        return chart("bar", List.of("Today, on the data", "With this draft", "Target"),
                List.of(Map.of("label", "Tariff rate (%)",
                        "data", java.util.Arrays.asList(baselineRatePct, impliedRatePct, targetRatePct),
                        "backgroundColor", List.of("#8a4b08", targetReached() ? POINTS_COLOUR : "#b58105", "#1d4e89"))),
                Map.of("indexAxis", "y", "plugins", Map.of("legend", Map.of("display", false)),
                        "scales", Map.of("x", Map.of("beginAtZero", true, "title",
                                Map.of("display", true, "text", "percent")))));
    }

    public String rateSummary() {
        return "Tariff rate today " + Fmt.pct(baselineRatePct) + ", with this draft " + Fmt.pct(impliedRatePct)
                + ", target " + Fmt.pct(targetRatePct);
    }

    static Map<String, Object> dataset(String label, List<BigDecimal> data, String colour) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("backgroundColor", colour);
        return dataset;
    }

    static String chart(String type, List<String> labels, List<Map<String, Object>> datasets, Map<String, Object> options) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        try {
            return CHART_JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
