package org.tradedeal.rules.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.rules.Concern;
import org.tradedeal.rules.ScoringParameters;
import org.tradedeal.rules.api.ParametersInput;
import org.tradedeal.rules.config.ScoringConfig;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The scoring parameters of one evaluation: the configured defaults with the request's overrides. */
@ApplicationScoped
public class ScoringParametersFactory {

    private final ScoringConfig config;
    private final ScoringParameters defaults;

    public ScoringParametersFactory(ScoringConfig config) {
        this.config = config;
        this.defaults = build(null);
    }

    public ScoringParameters parameters(ParametersInput overrides) {
        return overrides == null ? defaults : build(overrides);
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
        ScoringConfig.Tariffs tariffs = config.tariffs();
        ScoringConfig.Credibility credibility = config.credibility();
        ScoringConfig.Balance balance = config.balance();
        return new ScoringParameters(epsilon, phi, Map.copyOf(weights), config.bestEffortFactor(),
                new ScoringParameters.Barriers(barriers.baseWeight(), barriers.tradeUnitUsd(), barriers.undatedFactor(),
                        barriers.unverifiableFactor(), barriers.nonBindingFactor()),
                new ScoringParameters.Tariffs(tariffs.fullCutShare(), tariffs.exportedProductFactor()),
                new ScoringParameters.Credibility(credibility.bindingPurchasesShare(), credibility.firmRemovalsShare(),
                        credibility.blockedPurchaseShare(), credibility.implausibleShare(),
                        credibility.plausibleMultiple(), credibility.lateShare()),
                new ScoringParameters.Balance(balance.concentrationShare(), balance.spreadShare(), balance.promptShare(),
                        balance.promptYears()));
    }
}
