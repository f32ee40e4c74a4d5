package org.tradedeal.rules;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
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

/**
 * For each concern, drafts that earn its points and drafts that do not, with the rules that fired and the
 * exact points where the arithmetic is the point. Pakistan-US 2024, target 19%, deadline 2025-07-09: the
 * window is 2025-2027 and needs 3 x 1,066,636,980 = 3,199,910,940 USD.
 */
@QuarkusTest
@TestSecurity(user = "negotiation-service", roles = "service")
class ConcernRulesTests {

    private static final LocalDate ON_TIME = LocalDate.of(2025, 6, 30);
    private static final LocalDate LATE = LocalDate.of(2025, 8, 31);
    private static final String GROUP_RULE = "Purchases of a product group cover part of the window's need";

    @Inject
    ScoringEngine engine;

    // --- deficit ---------------------------------------------------------------------------------

    @Test
    void purchasesThatCoverTheWindowsNeedEarnTheWholeDeficitConcernAndABoundSaysWhatIsNotCounted() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 700_000_000L, 2025, 3, true)
                .purchase("7204", 450_000_000L, 2025, 3, true).removal("SPS-2", ON_TIME, true, true).build());

        // 26.25 (cotton) + 16.88 (scrap) = 43.13: 3.13 beyond the maximum.
        assertThat(points(result, GROUP_RULE)).containsExactlyInAnyOrder("26.25", "16.88");
        assertThat(points(result, "Deficit points beyond the concern's maximum are not counted")).containsExactly("-3.13");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("40");
        assertThat(result.projection().ratePct()).isEqualTo(19);
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("0");
    }

    @Test
    void purchasesThatCoverHalfTheNeedEarnHalfTheDeficitConcern() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 533_318_490L, 2025, 3, true)
                .removal("SPS-2", ON_TIME, true, true).build());

        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("20");
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("533318490");
    }

    @Test
    void bestEffortPurchasesCountForHalf() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 533_318_490L, 2025, 3, false)
                .removal("SPS-2", ON_TIME, true, true).build());

        assertThat(result.projection().countedPurchasesUsd()).isEqualByComparingTo("266659245");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("10");
        assertThat(fired(result, Concern.CREDIBILITY)).contains("Best-effort purchases count at a discount");
        assertThat(warnings(result)).contains("BEST_EFFORT_PURCHASE");
    }

    @Test
    void aLateStartLosesTheYearsItMissesAndYearsAfterTheWindowDoNotCount() {
        EvaluationResult onTime = score(Scenario.draft().purchase("7204", 300_000_000L, 2025, 3, true).build());
        EvaluationResult late = score(Scenario.draft().purchase("7204", 300_000_000L, 2026, 3, true).build());

        assertThat(score(onTime, Concern.DEFICIT)).isEqualByComparingTo("11.25");
        assertThat(score(late, Concern.DEFICIT)).isEqualByComparingTo("7.5");
        assertThat(fired(late, Concern.CREDIBILITY)).contains("Purchase commitment starts after the deadline",
                "Purchase years after the window are not counted");
        assertThat(warnings(late)).contains("STARTS_AFTER_DEADLINE", "PURCHASE_AFTER_WINDOW");
        // The weakest window year is the one without purchases.
        assertThat(late.projection().year()).isEqualTo(2025);
        assertThat(late.projection().ratePct()).isEqualTo(30);
    }

    @Test
    void aDraftWithoutPurchasesEarnsNoDeficitPoints() {
        EvaluationResult result = score(Scenario.draft().removal("SPS-2", ON_TIME, true, true).build());

        assertThat(fired(result, Concern.DEFICIT)).contains("No purchases leave the deficit where it is");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("0");
    }

    @Test
    void aBaselineAtTheTargetAlreadyEarnsTheDeficitConcern() {
        EvaluationResult result = engine.evaluate(new EvaluationRequest(Scenario.vagueIntentions(),
                Scenario.pakistanUs2024(), BigDecimal.valueOf(30), Scenario.DEADLINE, null));

        assertThat(fired(result, Concern.DEFICIT)).contains("The baseline already meets the target rate");
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("40");
        assertThat(result.gaps().additionalPurchasesUsd()).isEqualByComparingTo("0");
    }

    @Test
    void aTargetBelowTheFloorIsWarnedAboutAndNeverAddressed() {
        EvaluationResult result = engine.evaluate(new EvaluationRequest(TradeExpertOrderingTests.credibleFullDraft(),
                Scenario.pakistanUs2024(), BigDecimal.valueOf(5), Scenario.DEADLINE, null));

        assertThat(fired(result, Concern.DEFICIT)).contains("The target is below the formula's floor");
        assertThat(warnings(result)).contains("TARGET_BELOW_FLOOR");
        assertThat(result.gaps().additionalPurchasesUsd()).isNull();
        assertThat(result.verdict()).isNotEqualTo(EvaluationResult.Verdict.ADDRESSES_CONCERNS);
    }

    @Test
    void aPurchaseLineWrittenTwiceIsCountedAsWrittenAndWarnedAbout() {
        EvaluationResult twice = score(Scenario.draft().purchase("7204", 150_000_000L, 2025, 3, true)
                .purchase("7204", 150_000_000L, 2025, 3, true).build());
        EvaluationResult once = score(Scenario.draft().purchase("7204", 300_000_000L, 2025, 3, true).build());

        assertThat(twice.score()).isEqualByComparingTo(once.score());
        assertThat(warnings(twice)).contains("DUPLICATE_PURCHASE_LINE");
    }

    // --- barriers ----------------------------------------------------------------------------------

    @Test
    void aFirmRemovalOnTimeOfTheBarrierWithTheMostTradeAtStakeEarnsItsShare() {
        EvaluationResult result = score(Scenario.draft().removal("SPS-2", ON_TIME, true, true).build());

        assertThat(fired(result, Concern.BARRIERS)).contains("Listed barrier removed by a dated, verifiable, binding commitment");
        // SPS-2 weighs 0.25 + 3.93 of the catalogue's 10.55: 39.6% of 25 points.
        assertThat(score(result, Concern.BARRIERS)).isEqualByComparingTo("9.91");
        assertThat(result.gaps().unaddressedBarriers()).extracting(EvaluationResult.BarrierGap::code)
                .doesNotContain("SPS-2").startsWith("SPS-1");
    }

    @Test
    void aRemovalAfterTheDeadlineCountsAtTheLateFactor() {
        EvaluationResult result = score(Scenario.draft().removal("SPS-2", LATE, true, true).build());

        assertThat(score(result, Concern.BARRIERS)).isEqualByComparingTo("7.92");
        assertThat(fired(result, Concern.CREDIBILITY)).contains("Barrier removal committed after the deadline");
        assertThat(warnings(result)).contains("STARTS_AFTER_DEADLINE");
    }

    @Test
    void anUndatedNonBindingRemovalEarnsAReducedShare() {
        EvaluationResult loose = score(Scenario.draft().removal("SPS-2", null, true, false).build());

        assertThat(fired(loose, Concern.BARRIERS)).contains("Listed barrier removed by a partial commitment");
        // 9.91 x 0.7 undated x 0.5 non-binding.
        assertThat(score(loose, Concern.BARRIERS)).isEqualByComparingTo("3.47");
    }

    @Test
    void removingABarrierAlreadyVerifiedAsRemovedEarnsNothing() {
        EvaluationResult result = engine.evaluate(new EvaluationRequest(
                Scenario.draft().removal("SPS-3", ON_TIME, true, true).build(),
                Scenario.withBarrierStatus(Scenario.pakistanUs2024(), "SPS-3", "REMOVAL_VERIFIED"),
                Scenario.TARGET, Scenario.DEADLINE, null));

        assertThat(fired(result, Concern.BARRIERS)).contains("Removal of a barrier that is not listed");
        assertThat(score(result, Concern.BARRIERS)).isEqualByComparingTo("0");
        assertThat(warnings(result)).contains("BARRIER_NOT_LISTED");
        assertThat(result.gaps().unaddressedBarriers()).extracting(EvaluationResult.BarrierGap::code)
                .doesNotContain("SPS-3");
    }

    @Test
    void aBarrierRemovedTwiceCountsOnceByItsStrongestRemovalWhateverTheOrder() {
        EvaluationResult firm = score(Scenario.draft().removal("SPS-2", ON_TIME, true, true).build());
        EvaluationResult weakFirst = score(Scenario.draft().removal("SPS-2", null, false, false)
                .removal("SPS-2", ON_TIME, true, true).build());

        assertThat(score(weakFirst, Concern.BARRIERS)).isEqualByComparingTo(score(firm, Concern.BARRIERS));
        assertThat(weakFirst.firedRules()).isEqualTo(firm.firedRules());
        assertThat(warnings(weakFirst)).contains("DUPLICATE_REMOVAL");
    }

    // --- tariffs -----------------------------------------------------------------------------------

    @Test
    void aCutEarnsInProportionToTheDutyItRelievesOnTodaysTrade() {
        EvaluationResult result = score(Scenario.draft().cut("8471", 20, 5).build());

        // 40 M of computers x 15 points of duty = 6 M relieved, of the 105 M (5% of 2.1 bn) that earn 10 points.
        assertThat(fired(result, Concern.TARIFFS)).containsExactly("Tariff cut relieves duty on today's trade");
        assertThat(score(result, Concern.TARIFFS)).isEqualByComparingTo("0.57");
    }

    @Test
    void aCutOnGoodsWithoutTradeOnRecordEarnsNothing() {
        EvaluationResult art = score(Scenario.draft().cut("97", 100, 0).build());
        EvaluationResult subheading = score(Scenario.draft().cut("847130", 20, 0).build());

        assertThat(score(art, Concern.TARIFFS)).isEqualByComparingTo("0");
        assertThat(fired(art, Concern.TARIFFS)).containsExactly("Tariff cut on a product without trade on record");
        assertThat(warnings(art)).contains("TARIFF_CUT_WITHOUT_TRADE");
        assertThat(score(subheading, Concern.TARIFFS)).isEqualByComparingTo("0");
        assertThat(subheading.firedRules()).anySatisfy(rule -> assertThat(rule.reason()).contains("HS 8471"));
    }

    @Test
    void cutsBeyondTheConcernsMaximumAreBoundByAFiredRule() {
        EvaluationResult result = score(Scenario.draft().cut("52", 60, 0).build());

        // 393 M of cotton x 60 points = 235.8 M relieved: 22.46 points, 12.46 beyond the maximum.
        assertThat(points(result, "Tariff cut relieves duty on today's trade")).containsExactly("22.46");
        assertThat(points(result, "Tariff points beyond the concern's maximum are not counted")).containsExactly("-12.46");
        assertThat(score(result, Concern.TARIFFS)).isEqualByComparingTo("10");
    }

    // --- credibility -------------------------------------------------------------------------------

    @Test
    void buyingSoybeansWhileTheGeSoybeanBanStaysCountsForHalf() {
        EvaluationResult kept = score(Scenario.draft().purchase("1201", 100_000_000L, 2025, 3, true).build());
        EvaluationResult lifted = score(Scenario.draft().purchase("1201", 100_000_000L, 2025, 3, true)
                .removal("SPS-1", ON_TIME, true, true).build());

        assertThat(fired(kept, Concern.CREDIBILITY)).contains("Purchase of a product a barrier left in place blocks");
        assertThat(warnings(kept)).contains("PURCHASE_DEPENDS_ON_BARRIER");
        // 300 M over the window, at 50%: 150 M of the 3.2 bn needed.
        assertThat(score(kept, Concern.DEFICIT)).isEqualByComparingTo("1.88");
        assertThat(score(lifted, Concern.DEFICIT)).isEqualByComparingTo("3.75");
        assertThat(score(lifted, Concern.CREDIBILITY)).isGreaterThan(score(kept, Concern.CREDIBILITY));
    }

    @Test
    void aPurchaseBeyondThePlausibleSizeCountsOnlyUpToIt() {
        // Crude oil is in HS 27, whose exports today are 94 M (coal, petroleum products): at most 282 M a year.
        EvaluationResult result = score(Scenario.draft().purchase("2709", 600_000_000L, 2025, 3, true).build());

        assertThat(fired(result, Concern.CREDIBILITY)).contains("Purchase larger than plausible for the product");
        assertThat(warnings(result)).contains("PURCHASE_NOT_PLAUSIBLE");
        // 4 counted years (2024-2027) x 282 M = 1,128 M of the 1,800 M committed.
        assertThat(score(result, Concern.DEFICIT)).isEqualByComparingTo("14.1");
        assertThat(result.projection().countedPurchasesUsd()).isEqualByComparingTo("282000000");
    }

    @Test
    void bindingPurchasesEarnInProportionToTheWindowsNeedUpToTheWholeShare() {
        EvaluationResult half = score(Scenario.draft().purchase("5201", 533_318_490L, 2025, 3, true)
                .removal("SPS-2", ON_TIME, true, true).build());
        EvaluationResult full = score(TradeExpertOrderingTests.credibleFullDraft());

        assertThat(points(half, "Binding purchases cover the window's need")).containsExactly("4.50");
        assertThat(points(full, "Binding purchases cover the window's need")).containsExactly("9.00");
        assertThat(full.firedRules()).anySatisfy(rule -> assertThat(rule.reason()).contains("capped at the whole share"));
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
    void aPackageSpreadOverProductsThatCoversTheNeedFromTheDeadlineYearEarnsTheBalanceConcern() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 500_000_000L, 2025, 3, true)
                .purchase("7204", 400_000_000L, 2025, 3, true).purchase("1201", 300_000_000L, 2025, 3, true)
                .removal("SPS-1", ON_TIME, true, true).removal("SPS-2", ON_TIME, true, true).build());

        assertThat(points(result, "Purchases spread over several products")).containsExactly("5.00");
        assertThat(points(result, "Purchases start by the deadline year")).containsExactly("5.00");
        assertThat(score(result, Concern.BALANCE)).isEqualByComparingTo("10");
    }

    @Test
    void aPackageOfOneProductInDistantYearsEarnsLittleBalance() {
        EvaluationResult result = score(Scenario.draft().purchase("5201", 2_500_000_000L, 2027, 3, true)
                .removal("SPS-2", ON_TIME, true, true).build());

        assertThat(fired(result, Concern.BALANCE)).contains("Purchases concentrated in one product",
                "Purchases only in distant years");
        // 2.5 bn counted in 2027 alone, held at 60% of the need in the spread; nothing bought by 2025.
        assertThat(points(result, "Purchases spread over several products")).containsExactly("3.00");
        assertThat(points(result, "Purchases start by the deadline year")).containsExactly("0.00");
        assertThat(warnings(result)).contains("CONCENTRATED_PURCHASES", "DISTANT_START");
    }

    // --- helpers -----------------------------------------------------------------------------------

    private EvaluationResult score(DraftInput draft) {
        return engine.evaluate(Scenario.request(draft));
    }

    private static List<String> fired(EvaluationResult result, Concern concern) {
        return result.firedRules().stream().filter(rule -> rule.concern() == concern)
                .map(EvaluationResult.FiredRule::rule).filter(ConcernRulesTests::judges).distinct().toList();
    }

    private static List<String> points(EvaluationResult result, String rule) {
        return result.firedRules().stream().filter(fired -> fired.rule().equals(rule))
                .map(fired -> fired.points().toPlainString()).toList();
    }

    /** The two rules that set the stage (the projection, the barriers left in place) fire for every draft. */
    private static boolean judges(String rule) {
        return !rule.equals("Project the balance over the commitment window")
                && !rule.equals("Listed barriers left in place");
    }

    private static BigDecimal score(EvaluationResult result, Concern concern) {
        return result.concerns().stream().filter(c -> c.concern() == concern).findFirst().orElseThrow().score();
    }

    private static List<String> warnings(EvaluationResult result) {
        return result.warnings().stream().map(EvaluationResult.WarningView::code).toList();
    }
}
