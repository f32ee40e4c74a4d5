package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.formula.ReciprocalFormula;
import org.tradedeal.rules.support.Scenario;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The Pakistan-US 2024 baseline, the July 2025 package against vague intentions. */
@QuarkusTest
class SeedScenarioTests {

    @Inject
    ScoringEngine engine;

    @Test
    void theJuly2025PackageScoresClearlyHigherThanVagueIntentions() {
        EvaluationResult deal = engine.evaluate(Scenario.request(Scenario.july2025Package()));
        EvaluationResult vague = engine.evaluate(Scenario.request(Scenario.vagueIntentions()));

        assertThat(deal.score()).isGreaterThan(vague.score().add(BigDecimal.valueOf(30)));
        assertThat(vague.verdict()).isEqualTo(EvaluationResult.Verdict.INSUFFICIENT);
        assertThat(deal.verdict()).isNotEqualTo(EvaluationResult.Verdict.INSUFFICIENT);
    }

    @Test
    void theGapForA19PercentTargetIsWhatTheInverseFormulaSays() {
        EvaluationResult vague = engine.evaluate(Scenario.request(Scenario.vagueIntentions()));
        assertThat(vague.gaps().additionalPurchasesUsd()).isEqualByComparingTo("1066636980");

        EvaluationResult deal = engine.evaluate(Scenario.request(Scenario.july2025Package()));
        // 500 M + 300 M binding, 200 M best effort at half: 900 M counted.
        BigDecimal expected = ReciprocalFormula.additionalExportsFor(Scenario.usd(5_107_479_000L),
                Scenario.usd(3_000_000_000L), 19, BigDecimal.valueOf(4), new BigDecimal("0.25")).orElseThrow();
        assertThat(expected).isEqualByComparingTo("166636980");
        assertThat(deal.gaps().additionalPurchasesUsd()).isEqualByComparingTo(expected);
        assertThat(deal.projection().ratePct()).isEqualTo(21);
    }
}
