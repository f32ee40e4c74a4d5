package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.ScoreChange;
import org.tradedeal.negotiation.api.ComparisonView;
import org.tradedeal.negotiation.api.NegotiationView;
import org.tradedeal.negotiation.api.VersionView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Two versions side by side (of one draft or of two), what changed from the first to the second, and
 * their score per concern.
 */
public record ComparisonPage(NegotiationView negotiation, Side base, Side other, ComparisonView comparison,
                             List<VersionChoice> choices) {

    /** One of the two versions: its draft's title, the version, and its score when it has one. */
    public record Side(String title, VersionView version, ScoreSheet sheet) {
        public String choice() {
            return version.draftId() + ":" + version.version();
        }

        public String label() {
            return title + " v" + version.version();
        }
    }

    public boolean scoresCompared() {
        return comparison.scores() != null;
    }

    /** Chart.js configuration: each concern's points in the two versions, beside its maximum. */
    public String concernChart() {
        List<ScoreChange.ConcernChange> concerns = comparison.scores().concerns();
        Map<String, BigDecimal> max = base.sheet() == null ? Map.of() : base.sheet().concerns().stream()
                .collect(java.util.stream.Collectors.toMap(ScoreSheet.Concern::concern, ScoreSheet.Concern::maxScore,
                        (a, b) -> a));
        return ScoreSheet.chart("bar", concerns.stream().map(c -> Fmt.words(c.concern())).toList(),
                List.of(ScoreSheet.dataset(base.label(), concerns.stream().map(ScoreChange.ConcernChange::previousScore)
                                .toList(), "#8a4b08"),
                        ScoreSheet.dataset(other.label(), concerns.stream().map(ScoreChange.ConcernChange::score)
                                .toList(), ScoreSheet.POINTS_COLOUR),
                        ScoreSheet.dataset("Maximum", concerns.stream().map(c -> max.getOrDefault(c.concern(), null))
                                .toList(), ScoreSheet.OPEN_COLOUR)),
                Map.of("scales", Map.of("y", Map.of("beginAtZero", true, "title",
                        Map.of("display", true, "text", "points")))));
    }

    public String concernSummary() {
        return "Points per concern, " + base.label() + " then " + other.label() + ": "
                + String.join(", ", comparison.scores().concerns().stream()
                .map(c -> Fmt.words(c.concern()) + " " + Fmt.number(c.previousScore()) + " and " + Fmt.number(c.score()))
                .toList());
    }
}
