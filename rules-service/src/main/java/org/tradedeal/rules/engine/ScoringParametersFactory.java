package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.rules.Concern;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.api.ParametersInput;
import org.tradedeal.rules.config.ScoringConfig;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring parameters of one evaluation: the configured defaults with the request's overrides. The
 * defaults are checked once, at start: a configuration that would break the model's invariants (a factor
 * above 1, an undated removal worth more than a late one) stops the service rather than scoring wrongly.
 */
@ApplicationScoped
public class ScoringParametersFactory {

    private final ScoringConfig config;
    private final ScoringParameters defaults;

    public ScoringParametersFactory(ScoringConfig config) {
        this.config = config;
        this.defaults = build(null);
        check(defaults, config.verdict());
    }

    public ScoringParameters parameters(ParametersInput overrides) {
        return overrides == null ? defaults : build(overrides);
    }

    /** The configured defaults (no request overrides): what the ruleset's content hash covers. */
    public ScoringParameters defaults() {
        return defaults;
    }

    private ScoringParameters build(ParametersInput overrides) {
        Map<Concern, BigDecimal> weights = new EnumMap<>(Concern.class);
        weights.put(Concern.DEFICIT, config.weights().deficit());
        weights.put(Concern.BARRIERS, config.weights().barriers());
        weights.put(Concern.TARIFFS, config.weights().tariffs());
        weights.put(Concern.CREDIBILITY, config.weights().credibility());
        weights.put(Concern.BALANCE, config.weights().balance());
        BigDecimal epsilon = config.formula().epsilon();
        BigDecimal phi = config.formula().phi();
        if (overrides != null) {
            epsilon = overrides.epsilon() == null ? epsilon : overrides.epsilon();
            phi = overrides.phi() == null ? phi : overrides.phi();
            if (overrides.weights() != null) {
                weights.putAll(overrides.weights());
            }
        }
        ScoringConfig.Barriers barriers = config.barriers();
        ScoringConfig.Credibility credibility = config.credibility();
        ScoringConfig.Balance balance = config.balance();
        return new ScoringParameters(epsilon, phi, Map.copyOf(weights), config.window().years(),
                config.bestEffortFactor(),
                new ScoringParameters.Barriers(barriers.baseWeight(), barriers.tradeUnitUsd(), barriers.undatedFactor(),
                        barriers.unverifiableFactor(), barriers.nonBindingFactor(), barriers.lateFactor()),
                new ScoringParameters.Tariffs(config.tariffs().fullReliefShare()),
                new ScoringParameters.Credibility(credibility.bindingPurchasesShare(), credibility.firmRemovalsShare(),
                        credibility.blockedDiscount(), credibility.plausibleMultiple(),
                        credibility.unlistedProductShare()),
                new ScoringParameters.Balance(balance.concentrationShare(), balance.spreadShare(), balance.promptShare()));
    }

    /** The invariants the model's monotonicity rests on; a broken one fails the start, naming the property. */
    static void check(ScoringParameters p, ScoringConfig.Verdict verdict) {
        if (p.windowYears() < 1) {
            throw new IllegalStateException("scoring.window.years must be at least 1");
        }
        for (Map.Entry<Concern, BigDecimal> weight : p.maxPoints().entrySet()) {
            atLeastZero("scoring.weights." + weight.getKey().name().toLowerCase(), weight.getValue());
        }
        List.of(
                Map.entry("scoring.best-effort-factor", p.bestEffortFactor()),
                Map.entry("scoring.barriers.undated-factor", p.barriers().undatedFactor()),
                Map.entry("scoring.barriers.unverifiable-factor", p.barriers().unverifiableFactor()),
                Map.entry("scoring.barriers.non-binding-factor", p.barriers().nonBindingFactor()),
                Map.entry("scoring.barriers.late-factor", p.barriers().lateFactor()),
                Map.entry("scoring.credibility.blocked-discount", p.credibility().blockedDiscount()),
                Map.entry("scoring.credibility.binding-purchases-share", p.credibility().bindingPurchasesShare()),
                Map.entry("scoring.credibility.firm-removals-share", p.credibility().firmRemovalsShare()),
                Map.entry("scoring.balance.concentration-share", p.balance().concentrationShare()),
                Map.entry("scoring.balance.spread-share", p.balance().spreadShare()),
                Map.entry("scoring.balance.prompt-share", p.balance().promptShare()))
                .forEach(factor -> between0And1(factor.getKey(), factor.getValue()));
        if (p.barriers().undatedFactor().compareTo(p.barriers().lateFactor()) > 0) {
            throw new IllegalStateException("scoring.barriers.undated-factor (" + p.barriers().undatedFactor()
                    + ") must not exceed scoring.barriers.late-factor (" + p.barriers().lateFactor()
                    + "): dating a removal must never lower its worth");
        }
        for (Map.Entry<String, BigDecimal> positive : List.of(
                Map.entry("scoring.barriers.trade-unit-usd", p.barriers().tradeUnitUsd()),
                Map.entry("scoring.tariffs.full-relief-share", p.tariffs().fullReliefShare()))) {
            if (positive.getValue().signum() <= 0) {
                throw new IllegalStateException(positive.getKey() + " must be positive");
            }
        }
        atLeastZero("scoring.barriers.base-weight", p.barriers().baseWeight());
        atLeastZero("scoring.credibility.plausible-multiple", p.credibility().plausibleMultiple());
        atLeastZero("scoring.credibility.unlisted-product-share", p.credibility().unlistedProductShare());
        if (verdict.partiallyAddresses().compareTo(verdict.addressesConcerns()) > 0) {
            throw new IllegalStateException("scoring.verdict.partially-addresses must not exceed scoring.verdict.addresses-concerns");
        }
    }

    private static void between0And1(String name, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException(name + " must be between 0 and 1, not " + value);
        }
    }

    private static void atLeastZero(String name, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalStateException(name + " must not be negative, not " + value);
        }
    }
}
