package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.support.Scenario;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Orderings a trade expert would sign, against the Pakistan-US 2024 baseline, target 19%, deadline 2025-07-09. */
@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class TradeExpertOrderingTests {

    private static final LocalDate ON_TIME = LocalDate.of(2025, 6, 30);

    @Inject
    ScoringEngine engine;

    @Test
    void vagueIntentionsRankBelowBestEffortPurchasesWhichRankBelowTheSamePurchasesBindingWithTheirBarriersRemoved() {
        EvaluationResult vague = score(Scenario.vagueIntentions());
        EvaluationResult bestEffort = score(Scenario.draft().purchase("5201", 700_000_000L, 2025, 3, false)
                .purchase("1201", 400_000_000L, 2025, 3, false).build());
        EvaluationResult firm = score(credibleFullDraft());

        assertThat(vague.score()).isLessThan(bestEffort.score());
        assertThat(bestEffort.score()).isLessThan(firm.score());
    }

    @Test
    void aDraftThatClosesTheWholeGapCrediblyAddressesTheConcerns() {
        EvaluationResult result = score(credibleFullDraft());

        assertThat(result.verdict()).isEqualTo(EvaluationResult.Verdict.ADDRESSES_CONCERNS);
        assertThat(result.score()).isEqualByComparingTo("75.93");
        assertThat(result.projection().years()).extracting(EvaluationResult.YearProjection::ratePct)
                .containsExactly(19, 19, 19);
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("0");
    }

    @Test
    void theJuly2025PackageRanksAboveVagueIntentions() {
        assertThat(score(Scenario.july2025Package()).score()).isGreaterThan(score(Scenario.vagueIntentions()).score());
    }

    @Test
    void aDraftProjectedAt20PercentDoesNotAddressA19PercentTarget() {
        // Cotton 600 M and ferrous scrap 400 M a year, binding, SPS-2 removed firmly: 20% in every window year.
        EvaluationResult result = score(Scenario.draft().purchase("5201", 600_000_000L, 2025, 3, true)
                .purchase("7204", 400_000_000L, 2025, 3, true).removal("SPS-2", ON_TIME, true, true).build());

        assertThat(result.projection().ratePct()).isEqualTo(20);
        assertThat(result.score()).isGreaterThan(java.math.BigDecimal.valueOf(50));
        assertThat(result.verdict()).isEqualTo(EvaluationResult.Verdict.PARTIALLY_ADDRESSES);
    }

    @Test
    void aTokenPurchaseInTheDeadlineYearEarnsAboutNothing() {
        EvaluationResult late = score(Scenario.draft().purchase("5201", 500_000_000L, 2026, 2, true).build());
        EvaluationResult withToken = score(Scenario.draft().purchase("5201", 500_000_000L, 2026, 2, true)
                .purchase("1201", 1L, 2025, 1, true).build());

        assertThat(withToken.score().subtract(late.score())).isLessThanOrEqualTo(new java.math.BigDecimal("0.01"));
    }

    @Test
    void aFiveYearCommitmentIsWorthMoreThanAOneYearOne() {
        EvaluationResult oneYear = score(Scenario.draft().purchase("5201", 500_000_000L, 2025, 1, true).build());
        EvaluationResult fiveYears = score(Scenario.draft().purchase("5201", 500_000_000L, 2025, 5, true).build());

        assertThat(fiveYears.score()).isGreaterThan(oneYear.score());
    }

    /** Cotton 700 M and soybeans 400 M a year, binding, 2025-2027; SPS-1 and SPS-2 removed firmly before the deadline. */
    static DraftInput credibleFullDraft() {
        return Scenario.draft().purchase("5201", 700_000_000L, 2025, 3, true).purchase("1201", 400_000_000L, 2025, 3, true)
                .removal("SPS-1", ON_TIME, true, true).removal("SPS-2", ON_TIME, true, true).build();
    }

    private EvaluationResult score(DraftInput draft) {
        return engine.evaluate(Scenario.request(draft));
    }
}
