package org.tradedeal.rules.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/**
 * The weights and thresholds of the scoring, with their defaults. They become the
 * {@link org.tradedeal.rules.ScoringParameters} fact, so they change without editing a rule; a request may
 * override epsilon, phi and the weights.
 */
@ConfigMapping(prefix = "scoring")
public interface ScoringConfig {

    Ruleset ruleset();

    /** Sessions kept ready for evaluations; more are made when more evaluations run at once. */
    @WithDefault("4")
    int sessionPoolSize();

    Formula formula();

    /** Maximum points per concern; they add up to 100 by default. */
    Weights weights();

    /** What a best-effort (non-binding) purchase counts for in the deficit, against a binding one. */
    @WithDefault("0.5")
    BigDecimal bestEffortFactor();

    Barriers barriers();

    Tariffs tariffs();

    Credibility credibility();

    Balance balance();

    Verdict verdict();

    interface Ruleset {
        @WithDefault("trade-deal-scoring")
        String name();

        /** Raise it with every change of a rule or a default; the content hash changes by itself. */
        @WithDefault("1.0.0")
        String version();
    }

    interface Formula {
        /** USTR's import-demand elasticity. */
        @WithDefault("4")
        BigDecimal epsilon();

        /** USTR's pass-through of tariffs to import prices (critics argue about 0.945). */
        @WithDefault("0.25")
        BigDecimal phi();
    }

    interface Weights {
        @WithDefault("40")
        BigDecimal deficit();

        @WithDefault("25")
        BigDecimal barriers();

        @WithDefault("10")
        BigDecimal tariffs();

        @WithDefault("15")
        BigDecimal credibility();

        @WithDefault("10")
        BigDecimal balance();
    }

    interface Barriers {
        @WithDefault("0.25")
        BigDecimal baseWeight();

        @WithDefault("100000000")
        BigDecimal tradeUnitUsd();

        @WithDefault("0.7")
        BigDecimal undatedFactor();

        @WithDefault("0.7")
        BigDecimal unverifiableFactor();

        @WithDefault("0.5")
        BigDecimal nonBindingFactor();
    }

    interface Tariffs {
        @WithDefault("0.4")
        BigDecimal fullCutShare();

        @WithDefault("1.5")
        BigDecimal exportedProductFactor();
    }

    interface Credibility {
        @WithDefault("0.6")
        BigDecimal bindingPurchasesShare();

        @WithDefault("0.4")
        BigDecimal firmRemovalsShare();

        @WithDefault("0.34")
        BigDecimal blockedPurchaseShare();

        @WithDefault("0.2")
        BigDecimal implausibleShare();

        @WithDefault("3")
        BigDecimal plausibleMultiple();

        @WithDefault("0.14")
        BigDecimal lateShare();
    }

    interface Balance {
        @WithDefault("0.6")
        BigDecimal concentrationShare();

        @WithDefault("0.5")
        BigDecimal spreadShare();

        @WithDefault("0.5")
        BigDecimal promptShare();

        @WithDefault("2")
        int promptYears();
    }

    /** Score thresholds of the verdicts. */
    interface Verdict {
        @WithDefault("70")
        BigDecimal addressesConcerns();

        @WithDefault("40")
        BigDecimal partiallyAddresses();
    }
}
