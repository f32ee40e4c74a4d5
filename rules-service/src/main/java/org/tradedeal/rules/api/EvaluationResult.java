package org.tradedeal.rules.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.rules.Concern;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Schema(name = "EvaluationResult", description = "The score of a draft, why, and what is still missing")
public record EvaluationResult(
        @Schema(description = "0 to 100", example = "62.4") BigDecimal score,
        @Schema(description = "ADDRESSES_CONCERNS from 70, PARTIALLY_ADDRESSES from 40, else INSUFFICIENT")
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

    @Schema(name = "Projection", description = "The balance and rate after the draft's purchases, in the year most of them run")
    public record Projection(BigDecimal importsUsd, BigDecimal exportsUsd, BigDecimal countedPurchasesUsd,
                             BigDecimal balanceUsd, BigDecimal deficitRatioPct, int ratePct, int baselineRatePct,
                             int targetRatePct,
                             @Schema(nullable = true, description = "The year projected: the one in which the purchases that run at the same time count for the most; null without purchases", example = "2025")
                             Integer year) {
    }

    @Schema(name = "Gaps", description = "What is still missing")
    public record Gaps(
            @Schema(nullable = true, description = "More yearly purchases needed to reach the target rate, exact to the dollar; 0 when reached; null when the target is below the 10% floor")
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
