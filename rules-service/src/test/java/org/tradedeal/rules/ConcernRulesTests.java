package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.support.Scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** For each concern, a draft that earns its points and one that does not, with the rules that fired. */
@QuarkusTest
class ConcernRulesTests {

    private static final LocalDate SOON = LocalDate.of(2025, 6, 30);

    @Inject
    ScoringEngine engine;

    // --- deficit ---------------------------------------------------------------------------------

    @Test
    void purchasesThatReachTheTargetEarnTheWholeDeficitConcern() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 600_000_000L, 2025, 3, true)
                .purchase("2709", 500_000_000L, 2025, 3, true).build());

        assertThat(fired(result, Concern.DEFICIT)).contains("Purchases bring the rate down to the target");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("40");
        assertThat(result.projection().ratePct()).isLessThanOrEqualTo(19);
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("0");
    }

    @Test
    void purchasesThatCloseHalfTheGapEarnHalfTheDeficitConcern() {
        // Half of the 1,066,636,980 USD gap, binding.
        EvaluationResult result = score(Scenario.draft().purchase("5201", 533_318_490L, 2025, 3, true).build());

        assertThat(fired(result, Concern.DEFICIT)).contains("Purchases close part of the gap to the target rate");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("20");
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("533318490");
    }

    @Test
    void purchasesThatNeverRunAtTheSameTimeAreNotAddedUp() {
        // Together they would reach the target; but cotton runs in 2025 only and crude oil from 2027.
        EvaluationResult result = score(Scenario.draft().purchase("5201", 600_000_000L, 2025, 1, true)
                .purchase("2709", 500_000_000L, 2027, 2, true).build());

        assertThat(fired(result, Concern.DEFICIT)).contains("Purchases close part of the gap to the target rate");
        assertThat(result.projection().year()).isEqualTo(2025);
        assertThat(result.projection().countedPurchasesUsd()).isEqualByComparingTo("600000000");
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("466636980");
    }

    @Test
    void bestEffortPurchasesCountForHalf() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 533_318_490L, 2025, 3, false).build());
        assertThat(result.projection().countedPurchasesUsd()).isEqualByComparingTo("266659245");
    }

    @Test
    void aDraftWithoutPurchasesEarnsNoDeficitPoints() {
        EvaluationResult result = score(Scenario.draft().removal("SPS-2", SOON, true, true).build());

        assertThat(fired(result, Concern.DEFICIT)).contains("No purchases leave the deficit where it is");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("0");
    }

    @Test
    void aBaselineAtTheTargetAlreadyEarnsTheDeficitConcern() {
        EvaluationResult result = engine.evaluate(new EvaluationRequest(Scenario.vagueIntentions(),
                Scenario.pakistanUs2024(), BigDecimal.valueOf(30), Scenario.DEADLINE, null));
        assertThat(fired(result, Concern.DEFICIT)).contains("The baseline already meets the target rate");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("40");
    }

    @Test
    void aTargetBelowTheFloorIsWarnedAbout() {
        EvaluationResult result = engine.evaluate(new EvaluationRequest(Scenario.july2025Package(),
                Scenario.pakistanUs2024(), BigDecimal.valueOf(5), Scenario.DEADLINE, null));
        assertThat(fired(result, Concern.DEFICIT)).contains("The target is below the formula's floor");
        assertThat(warnings(result)).contains("TARGET_BELOW_FLOOR");
        assertThat(result.gaps().additionalPurchasesUsd()).isNull();
    }

    // --- barriers ----------------------------------------------------------------------------------

    @Test
    void aFirmRemovalOfTheBarrierWithTheMostTradeAtStakeEarnsItsShare() {
        EvaluationResult result = score(Scenario.draft().removal("SPS-2", SOON, true, true).build());

        assertThat(fired(result, Concern.BARRIERS)).contains("Listed barrier removed by a dated, verifiable, binding commitment");
        // SPS-2 weighs 0.25 + 3.93 of the catalogue's 10.55: 39.6% of 25 points.
        assertThat(score(result, Concern.BARRIERS)).isEqualByComparingTo("9.91");
        assertThat(result.gaps().unaddressedBarriers()).extracting(EvaluationResult.BarrierGap::code)
                .doesNotContain("SPS-2").startsWith("SPS-1");
    }

    @Test
    void anUndatedNonBindingRemovalEarnsLessThanAFirmOne() {
        EvaluationResult firm = score(Scenario.draft().removal("SPS-2", SOON, true, true).build());
        EvaluationResult loose = score(Scenario.draft().removal("SPS-2", null, true, false).build());

        assertThat(fired(loose, Concern.BARRIERS)).contains("Listed barrier removed by a partial commitment");
        assertThat(score(loose, Concern.BARRIERS)).isLessThan(score(firm, Concern.BARRIERS)).isPositive();
    }

    @Test
    void removingABarrierAlreadyVerifiedAsRemovedEarnsNothing() {
        EvaluationResult result = engine.evaluate(new EvaluationRequest(
                Scenario.draft().removal("SPS-3", SOON, true, true).build(),
                Scenario.withBarrierStatus(Scenario.pakistanUs2024(), "SPS-3", "REMOVAL_VERIFIED"),
                Scenario.TARGET, Scenario.DEADLINE, null));

        assertThat(fired(result, Concern.BARRIERS)).contains("Removal of a barrier that is not listed");
        assertThat(score(result, Concern.BARRIERS)).isEqualByComparingTo("0");
        assertThat(warnings(result)).contains("BARRIER_NOT_LISTED");
        assertThat(result.gaps().unaddressedBarriers()).extracting(EvaluationResult.BarrierGap::code)
                .doesNotContain("SPS-3");
    }

    @Test
    void aBarrierRemovedTwiceCountsOnce() {
        EvaluationResult once = score(Scenario.draft().removal("SPS-2", SOON, true, true).build());
        EvaluationResult twice = score(Scenario.draft().removal("SPS-2", SOON, true, true)
                .removal("SPS-2", SOON, true, true).build());

        assertThat(fired(twice, Concern.BARRIERS)).contains("The same barrier removed twice");
        assertThat(score(twice, Concern.BARRIERS)).isEqualByComparingTo(score(once, Concern.BARRIERS));
    }

    // --- tariffs -----------------------------------------------------------------------------------

    @Test
    void aCutOnAProductTheOtherSideExportsEarnsMoreThanOnOneItDoesNot() {
        EvaluationResult exported = score(Scenario.draft().cut("8471", 20, 5).build());
        EvaluationResult other = score(Scenario.draft().cut("8703", 20, 5).build());

        assertThat(fired(exported, Concern.TARIFFS)).contains("Tariff cut on a product the other side exports to us");
        assertThat(fired(other, Concern.TARIFFS)).contains("Tariff cut on a product the other side does not export to us yet");
        // 40% of 10 points for a full cut, times the 75% depth; times 1.5 for an exported product.
        assertThat(score(exported, Concern.TARIFFS)).isEqualByComparingTo("4.5");
        assertThat(score(other, Concern.TARIFFS)).isEqualByComparingTo("3");
    }

    @Test
    void aDraftWithoutTariffCutsEarnsNoTariffPoints() {
        EvaluationResult result = score(Scenario.july2025Package());
        assertThat(fired(result, Concern.TARIFFS)).isEmpty();
        assertThat(score(result, Concern.TARIFFS)).isEqualByComparingTo("0");
    }

    // --- credibility -------------------------------------------------------------------------------

    @Test
    void buyingSoybeansWhileTheGeSoybeanBanStaysIsNotCredible() {
        EvaluationResult kept = score(Scenario.draft().purchase("1201", 100_000_000L, 2025, 2, true).build());
        EvaluationResult lifted = score(Scenario.draft().purchase("1201", 100_000_000L, 2025, 2, true)
                .removal("SPS-1", SOON, true, true).build());

        assertThat(fired(kept, Concern.CREDIBILITY)).contains("Purchase of a product a barrier left in place blocks");
        assertThat(warnings(kept)).contains("PURCHASE_DEPENDS_ON_BARRIER");
        assertThat(fired(lifted, Concern.CREDIBILITY)).doesNotContain("Purchase of a product a barrier left in place blocks");
        assertThat(score(lifted, Concern.CREDIBILITY)).isGreaterThan(score(kept, Concern.CREDIBILITY));
    }

    @Test
    void aPurchaseFarBeyondTodaysTradeInTheProductIsNotCredible() {
        // Cotton exports today: 393 M USD; 3 times that is the plausible ceiling.
        EvaluationResult result = score(Scenario.draft().purchase("5201", 1_500_000_000L, 2025, 2, true)
                .removal("SPS-2", SOON, true, true).build());

        assertThat(fired(result, Concern.CREDIBILITY)).contains("Purchase larger than plausible for the product");
        assertThat(warnings(result)).contains("PURCHASE_NOT_PLAUSIBLE");
    }

    @Test
    void commitmentsThatStartAfterTheDeadlineCostCredibility() {
        EvaluationResult late = score(Scenario.draft().purchase("5201", 100_000_000L, 2027, 2, true).build());
        EvaluationResult prompt = score(Scenario.draft().purchase("5201", 100_000_000L, 2025, 2, true).build());

        assertThat(fired(late, Concern.CREDIBILITY)).contains("Purchase commitment starts after the deadline");
        assertThat(warnings(late)).contains("STARTS_AFTER_DEADLINE");
        assertThat(score(late, Concern.CREDIBILITY)).isLessThan(score(prompt, Concern.CREDIBILITY));
    }

    @Test
    void intentionsAloneEarnNothing() {
        EvaluationResult result = score(Scenario.vagueIntentions());

        assertThat(fired(result, Concern.CREDIBILITY)).containsExactly("Intentions without commitments");
        assertThat(result.score()).isEqualByComparingTo("0");
        assertThat(warnings(result)).contains("NO_COMMITMENTS");
    }

    // --- balance -----------------------------------------------------------------------------------

    @Test
    void aPackageSpreadOverProductsThatStartsSoonEarnsTheBalanceConcern() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 300_000_000L, 2025, 3, true)
                .purchase("7204", 200_000_000L, 2025, 3, true).purchase("2701", 100_000_000L, 2026, 3, true).build());

        assertThat(fired(result, Concern.BALANCE))
                .containsExactlyInAnyOrder("Purchases spread over several products", "Purchases start by the deadline year");
        assertThat(score(result, Concern.BALANCE)).isEqualByComparingTo("10");
    }

    @Test
    void aPackageOfOneProductInADistantYearEarnsNoBalancePoints() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 300_000_000L, 2028, 3, true).build());

        assertThat(fired(result, Concern.BALANCE))
                .containsExactlyInAnyOrder("Purchases concentrated in one product", "Purchases only in distant years");
        assertThat(score(result, Concern.BALANCE)).isEqualByComparingTo("0");
        assertThat(warnings(result)).contains("CONCENTRATED_PURCHASES", "DISTANT_START");
    }

    // --- helpers -----------------------------------------------------------------------------------

    private EvaluationResult score(DraftInput draft) {
        return engine.evaluate(Scenario.request(draft));
    }

    private static List<String> fired(EvaluationResult result, Concern concern) {
        return result.firedRules().stream().filter(rule -> rule.concern() == concern)
                .map(EvaluationResult.FiredRule::rule).filter(ConcernRulesTests::judges).toList();
    }

    /** The two rules that set the stage (the projection, the barriers left in place) fire for every draft. */
    private static boolean judges(String rule) {
        return !rule.equals("Project the balance after the committed purchases")
                && !rule.equals("Listed barriers left in place");
    }

    private static BigDecimal score(EvaluationResult result, Concern concern) {
        return result.concerns().stream().filter(c -> c.concern() == concern).findFirst().orElseThrow().score();
    }

    private static List<String> warnings(EvaluationResult result) {
        return result.warnings().stream().map(EvaluationResult.WarningView::code).toList();
    }
}
