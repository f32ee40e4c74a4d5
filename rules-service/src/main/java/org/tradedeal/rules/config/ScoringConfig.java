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

    Window window();

    /** What a best-effort (non-binding) purchase counts for, against a binding one. */
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
        @WithDefault("2.0.0")
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

    /** The years a draft is judged over: from the deadline's year (else the year after the baseline's). */
    interface Window {
        /** How many years the window holds (the July 2025 package runs 2025-2027). */
        @WithDefault("3")
        int years();
    }

    interface Barriers {
        /** The weight of a listed barrier that blocks no known trade. */
        @WithDefault("0.25")
        BigDecimal baseWeight();

        /** Each this many USD of trade at stake add 1 to a barrier's weight. */
        @WithDefault("100000000")
        BigDecimal tradeUnitUsd();

        /** What an undated removal is worth; at most the late factor, so dating a removal never lowers it. */
        @WithDefault("0.7")
        BigDecimal undatedFactor();

        @WithDefault("0.7")
        BigDecimal unverifiableFactor();

        @WithDefault("0.5")
        BigDecimal nonBindingFactor();

        /** What a removal dated after the deadline is worth. */
        @WithDefault("0.8")
        BigDecimal lateFactor();
    }

    interface Tariffs {
        /** The duty relieved on today's trade that earns the whole concern, as a share of today's exports. */
        @WithDefault("0.05")
        BigDecimal fullReliefShare();
    }

    interface Credibility {
        /** The concern's share earned when binding purchases cover the window's need. */
        @WithDefault("0.6")
        BigDecimal bindingPurchasesShare();

        /** The concern's share earned when every listed barrier is removed firmly. */
        @WithDefault("0.4")
        BigDecimal firmRemovalsShare();

        /** How much of a purchase a listed barrier the draft keeps withholds (restored as it is removed). */
        @WithDefault("0.5")
        BigDecimal blockedDiscount();

        /** A product group counts at most this multiple of today's exports of it a year. */
        @WithDefault("3")
        BigDecimal plausibleMultiple();

        /** A product group the baseline does not itemize counts at most this share of today's exports a year. */
        @WithDefault("0.1")
        BigDecimal unlistedProductShare();
    }

    interface Balance {
        /** No product group counts for more than this share of the window's need in the spread. */
        @WithDefault("0.6")
        BigDecimal concentrationShare();

        @WithDefault("0.5")
        BigDecimal spreadShare();

        @WithDefault("0.5")
        BigDecimal promptShare();
    }

    /** Score thresholds of the verdicts; ADDRESSES_CONCERNS also needs the target rate in every window year. */
    interface Verdict {
        @WithDefault("50")
        BigDecimal addressesConcerns();

        @WithDefault("40")
        BigDecimal partiallyAddresses();
    }
}
