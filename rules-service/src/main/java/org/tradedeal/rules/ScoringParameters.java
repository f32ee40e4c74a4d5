package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Fact: the weights and thresholds the rules score with, built from typed configuration
 * ({@code scoring.*}) and the request's overrides. Shares are fractions of a concern's maximum, so
 * changing a weight scales every rule of that concern.
 *
 * @param windowYears      how many years the commitment window holds
 * @param bestEffortFactor what a best-effort purchase counts for against a binding one
 */
public record ScoringParameters(
        BigDecimal epsilon,
        BigDecimal phi,
        Map<Concern, BigDecimal> maxPoints,
        int windowYears,
        BigDecimal bestEffortFactor,
        Barriers barriers,
        Tariffs tariffs,
        Credibility credibility,
        Balance balance) {

    public BigDecimal max(Concern concern) {
        return maxPoints.getOrDefault(concern, BigDecimal.ZERO);
    }

    /** A share of a concern's maximum. */
    public BigDecimal share(Concern concern, BigDecimal share) {
        return max(concern).multiply(share);
    }

    /**
     * @param baseWeight         the weight of a barrier that blocks no known trade
     * @param tradeUnitUsd       each this many USD of trade at stake add 1 to a barrier's weight
     * @param undatedFactor      what an undated removal is worth against a dated one (at most {@code lateFactor})
     * @param unverifiableFactor what a removal that cannot be verified is worth
     * @param nonBindingFactor   what a non-binding removal is worth
     * @param lateFactor         what a removal dated after the deadline is worth
     */
    public record Barriers(BigDecimal baseWeight, BigDecimal tradeUnitUsd, BigDecimal undatedFactor,
                           BigDecimal unverifiableFactor, BigDecimal nonBindingFactor, BigDecimal lateFactor) {
    }

    /** @param fullReliefShare the duty relieved on today's trade, as a share of today's exports, that earns the concern */
    public record Tariffs(BigDecimal fullReliefShare) {
    }

    /**
     * @param bindingPurchasesShare share earned when binding purchases cover the window's need
     * @param firmRemovalsShare     share earned when every listed barrier is removed firmly
     * @param blockedDiscount       what a listed barrier the draft keeps withholds of a purchase it affects
     * @param plausibleMultiple     a product group counts at most this multiple of today's exports of it a year
     * @param unlistedProductShare  a group the baseline does not itemize counts at most this share of today's
     *                              total exports a year
     */
    public record Credibility(BigDecimal bindingPurchasesShare, BigDecimal firmRemovalsShare,
                              BigDecimal blockedDiscount, BigDecimal plausibleMultiple,
                              BigDecimal unlistedProductShare) {
    }

    /**
     * @param concentrationShare no product group counts for more than this share of the window's need in the spread
     * @param spreadShare        earned when the purchases, so capped, cover the window's need
     * @param promptShare        earned when what is bought up to the first window year covers a year's gap
     */
    public record Balance(BigDecimal concentrationShare, BigDecimal spreadShare, BigDecimal promptShare) {
    }
}
