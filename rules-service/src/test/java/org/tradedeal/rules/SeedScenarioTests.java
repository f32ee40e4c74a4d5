package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.formula.ReciprocalFormula;
import org.tradedeal.rules.support.Scenario;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The Pakistan-US 2024 baseline: the README's drafts, and the gap against the inverse formula. */
@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class SeedScenarioTests {

    @Inject
    ScoringEngine engine;

    @Test
    void theJuly2025PackageScoresAsTheReadmeExplainsIt() {
        EvaluationResult deal = engine.evaluate(Scenario.request(Scenario.july2025Package()));

        assertThat(deal.score()).isEqualByComparingTo("58.15");
        assertThat(deal.verdict()).isEqualTo(EvaluationResult.Verdict.PARTIALLY_ADDRESSES);
        assertThat(deal.concerns()).extracting(EvaluationResult.ConcernScore::score).map(BigDecimal::toPlainString)
                .containsExactly("30.76", "10.99", "0.00", "8.72", "7.68");
        // 500 M cotton and 300 M soybeans at 90% (their barriers go after the deadline), 200 M crude oil at 50%.
        assertThat(deal.projection().countedPurchasesUsd()).isEqualByComparingTo("820000000");
        assertThat(deal.projection().ratePct()).isEqualTo(22);
        assertThat(deal.projection().windowFirstYear()).isEqualTo(2025);
        assertThat(deal.projection().windowLastYear()).isEqualTo(2027);
    }

    @Test
    void vagueIntentionsScoreNothing() {
        EvaluationResult vague = engine.evaluate(Scenario.request(Scenario.vagueIntentions()));

        assertThat(vague.score()).isEqualByComparingTo("0");
        assertThat(vague.verdict()).isEqualTo(EvaluationResult.Verdict.INSUFFICIENT);
    }

    @Test
    void theGapWithoutPurchasesIsWhatTheInverseFormulaSays() {
        EvaluationResult vague = engine.evaluate(Scenario.request(Scenario.vagueIntentions()));
        assertThat(vague.gaps().additionalPurchasesUsd()).isEqualByComparingTo("1066636980");
    }

    @Test
    void theGapWithPurchasesIsTheInverseFormulaAtTheWeakestYearsExports() {
        EvaluationResult deal = engine.evaluate(Scenario.request(Scenario.july2025Package()));

        BigDecimal expected = ReciprocalFormula.additionalExportsFor(Scenario.usd(5_107_479_000L),
                Scenario.usd(2_920_000_000L), 19, BigDecimal.valueOf(4), new BigDecimal("0.25")).orElseThrow();
        assertThat(expected).isEqualByComparingTo("246636980");
        assertThat(deal.gaps().additionalPurchasesUsd()).isEqualByComparingTo(expected);
        assertThat(deal.projection().exportsUsd()).isEqualByComparingTo("2920000000");
    }
}
