package org.tradedeal.rules.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.Concern;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Schema(name = "EvaluationResult", description = "The score of a draft, why, and what is still missing")
public record EvaluationResult(
        @Schema(description = "0 to 100, two decimals: the concerns' points normalised to their maxima", example = "58.15")
        BigDecimal score,
        @Schema(description = "ADDRESSES_CONCERNS when the projected rate is at or below the target in every window year and the score is at least 50; else PARTIALLY_ADDRESSES from 40; else INSUFFICIENT")
        Verdict verdict,
        @Schema(description = "Every concern with its score and maximum") List<ConcernScore> concerns,
        Projection projection,
        Gaps gaps,
        List<WarningView> warnings,
        @Schema(description = "Every rule that fired, with its concern, points and the reason, numbers quoted")
        List<FiredRule> firedRules,
        Ruleset ruleset,
        @Schema(description = "The baseline's data vintage, echoed") String dataVintage,
        @Schema(description = "The parameters the draft was scored with") ParametersUsed parameters,
        @Schema(description = "How long the evaluation took (the only field that varies for the same input)")
        long durationMicros) {

    public enum Verdict {
        ADDRESSES_CONCERNS,
        PARTIALLY_ADDRESSES,
        INSUFFICIENT
    }

    @Schema(name = "ConcernScore")
    public record ConcernScore(Concern concern, BigDecimal score, BigDecimal maxScore) {
    }

    @Schema(name = "Projection", description = "The balance and rate after the draft's purchases in the weakest year of the commitment window (the highest rate; the earliest among equals), and in each window year")
    public record Projection(
            @Schema(example = "5107479000") BigDecimal importsUsd,
            @Schema(description = "The baseline's exports plus the purchases counted in the weakest year", example = "2920000000")
            BigDecimal exportsUsd,
            @Schema(description = "The purchases counted in the weakest year: best effort, barriers kept or partly removed and the plausible size discount them", example = "820000000")
            BigDecimal countedPurchasesUsd,
            BigDecimal balanceUsd, BigDecimal deficitRatioPct, int ratePct, int baselineRatePct,
            int targetRatePct,
            @Schema(description = "The weakest window year", example = "2025") Integer year,
            @Schema(description = "The window's first year: the deadline's year, else the year after the baseline's", example = "2025")
            int windowFirstYear,
            @Schema(example = "2027") int windowLastYear,
            @Schema(description = "Each window year") List<YearProjection> years) {
    }

    @Schema(name = "YearProjection", description = "One window year: the purchases counted in it and the rate the formula gives")
    public record YearProjection(int year, BigDecimal countedPurchasesUsd, BigDecimal exportsUsd, int ratePct) {
    }

    @Schema(name = "Gaps", description = "What is still missing")
    public record Gaps(
            @Schema(nullable = true, description = "More yearly purchases the weakest window year needs to reach the target rate (the inverse formula, exact to the dollar); 0 when reached; null when the target is below the 10% floor")
            BigDecimal additionalPurchasesUsd,
            @Schema(description = "The listed barriers left in place, the most trade at stake first (at most 5)")
            List<BarrierGap> unaddressedBarriers) {
    }

    @Schema(name = "BarrierGap")
    public record BarrierGap(String code, String title, BigDecimal tradeAtStakeUsd, String tradeAtStakeBasis) {
    }

    @Schema(name = "Warning")
    public record WarningView(String code, Concern concern, String message,
                              @Schema(nullable = true, description = "The draft field it concerns") String field) {
    }

    @Schema(name = "FiredRule")
    public record FiredRule(String rule, Concern concern, BigDecimal points, String reason) {
    }

    @Schema(name = "Ruleset")
    public record Ruleset(String name, String version, String contentHash) {
    }

    @Schema(name = "ParametersUsed")
    public record ParametersUsed(BigDecimal epsilon, BigDecimal phi, Map<Concern, BigDecimal> weights) {
    }
}
