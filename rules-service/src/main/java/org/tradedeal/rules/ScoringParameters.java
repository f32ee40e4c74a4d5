package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Fact: the weights and thresholds the rules score with, built from typed configuration
 * ({@code scoring.*}) and the request's overrides. Shares are fractions of a concern's maximum, so
 * changing a weight scales every rule of that concern.
 */
public record ScoringParameters(
        BigDecimal epsilon,
        BigDecimal phi,
        Map<Concern, BigDecimal> maxPoints,
        BigDecimal bestEffortFactor,
        Barriers barriers,
        Tariffs tariffs,
        Credibility credibility,
        Balance balance) {

    public BigDecimal max(Concern concern) {
        return maxPoints.getOrDefault(concern, BigDecimal.ZERO);
    }

    /**
     * The last year in which a first purchase still counts as prompt: the deadline's year, or without a
     * deadline the baseline year plus {@code balance.promptYears}.
     */
    public int lastPromptYear(Target target, TradeBaseline baseline) {
        return target.deadline() != null ? target.deadlineYear() : baseline.year() + balance.promptYears();
    }

    /** A share of a concern's maximum. */
    public BigDecimal share(Concern concern, BigDecimal share) {
        return max(concern).multiply(share);
    }

    /**
     * @param baseWeight       the weight of a barrier that blocks no known trade
     * @param tradeUnitUsd     each this many USD of trade at stake add 1 to a barrier's weight
     * @param undatedFactor    what an undated removal is worth against a dated one
     * @param unverifiableFactor what a removal that cannot be verified is worth
     * @param nonBindingFactor what a non-binding removal is worth
     */
    public record Barriers(BigDecimal baseWeight, BigDecimal tradeUnitUsd, BigDecimal undatedFactor,
                           BigDecimal unverifiableFactor, BigDecimal nonBindingFactor) {
    }

    /**
     * @param fullCutShare          the share of the concern's maximum a cut to zero earns
     * @param exportedProductFactor the multiplier for a cut on a product the other side exports to us today
     */
    public record Tariffs(BigDecimal fullCutShare, BigDecimal exportedProductFactor) {
    }

    /**
     * @param bindingPurchasesShare share earned when every purchase commitment is binding
     * @param firmRemovalsShare     share earned when every barrier removal is dated and verifiable
     * @param blockedPurchaseShare  deducted for each purchase of a product a barrier left in place blocks
     * @param implausibleShare      deducted for each purchase above the plausible multiple of today's trade
     * @param plausibleMultiple     a yearly purchase above this multiple of today's exports of the product is not credible
     * @param lateShare             deducted for each commitment that starts after the deadline
     */
    public record Credibility(BigDecimal bindingPurchasesShare, BigDecimal firmRemovalsShare,
                              BigDecimal blockedPurchaseShare, BigDecimal implausibleShare,
                              BigDecimal plausibleMultiple, BigDecimal lateShare) {
    }

    /**
     * @param concentrationShare a package whose largest product takes more than this share is concentrated
     * @param spreadShare        earned by a spread package
     * @param promptShare        earned when purchases start by the deadline year (or, without a deadline,
     *                           within {@code promptYears} after the baseline year)
     */
    public record Balance(BigDecimal concentrationShare, BigDecimal spreadShare, BigDecimal promptShare,
                          int promptYears) {
    }
}
