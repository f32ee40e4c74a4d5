package org.tradedeal.negotiation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * The part of rules-service's answer this service reads (the whole answer is stored as it came). Unknown
 * fields are ignored, so rules-service may add to its answer freely; the contract tests make sure every
 * field named here exists in its API.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RulesEvaluation(
        BigDecimal score,
        String verdict,
        List<ConcernScore> concerns,
        Projection projection,
        Gaps gaps,
        List<Warning> warnings,
        List<FiredRule> firedRules,
        Ruleset ruleset,
        String dataVintage) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConcernScore(String concern, BigDecimal score, BigDecimal maxScore) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Projection(BigDecimal ratePct, BigDecimal baselineRatePct, BigDecimal targetRatePct,
                             BigDecimal exportsUsd, BigDecimal balanceUsd, Integer year, List<Year> years) {
    }

    /** One year of the commitment window (ruleset 2.0.0 on): what the purchases count for, and the rate. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Year(int year, BigDecimal countedPurchasesUsd, BigDecimal exportsUsd, BigDecimal ratePct) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gaps(BigDecimal additionalPurchasesUsd, List<Barrier> unaddressedBarriers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Barrier(String code, String title, BigDecimal tradeAtStakeUsd) {
    }

    /** Something in the draft the rules flag (a purchase beyond what is traded, a removal of an unlisted barrier). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Warning(String code, String concern, String message, String field) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FiredRule(String rule, String concern, BigDecimal points, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ruleset(String name, String version, String contentHash) {
    }
}
