package org.tradedeal.tradedata.formula;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula.ExportsWindow;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula.Parameters;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReciprocalTariffFormulaTest {

    private static final BigDecimal PAKISTAN_IMPORTS = usd(5_107_479_000L);

    @ParameterizedTest(name = "{0}: published {3}/{4}")
    @CsvFileSource(resources = "/golden/reciprocal-rate-examples.csv", numLinesToSkip = 1)
    void reproducesThePublishedRatesOfTheExamplesFile(String partner, long imports, long exports, int publishedCharged,
                                                      int publishedRate, String note) {
        ReciprocalRate rate = ReciprocalTariffFormula.forward(usd(imports), usd(exports), Parameters.USTR);

        assertEquals(0, rate.ratePct().compareTo(BigDecimal.valueOf(publishedRate)), partner + " rate");
        if (rate.floorApplied()) {
            // USTR printed the floor (10) in its "charged" column for partners with which the US has a surplus;
            // the formula's own charged figure is negative there.
            assertTrue(rate.chargedPct().signum() < 0, partner + " charged is negative for a surplus");
        } else {
            assertEquals(0, rate.chargedPct().compareTo(BigDecimal.valueOf(publishedCharged)), partner + " charged");
        }
    }

    @Test
    void servesTheCalculatorContractExample() {
        ReciprocalRate rate = ReciprocalTariffFormula.forward(PAKISTAN_IMPORTS, usd(2_150_000_000L), Parameters.USTR);

        assertEquals(new BigDecimal("57.90"), rate.deficitRatioPct());
        assertEquals(BigDecimal.valueOf(58), rate.chargedPct());
        assertEquals(BigDecimal.valueOf(29), rate.ratePct());
    }

    @Test
    void pakistanWithExportsRoundedTo2Point1BillionGivesThirty() {
        ReciprocalRate rate = ReciprocalTariffFormula.forward(PAKISTAN_IMPORTS, usd(2_100_000_000L), Parameters.USTR);

        assertEquals(new BigDecimal("58.88"), rate.deficitRatioPct());
        assertEquals(BigDecimal.valueOf(59), rate.chargedPct());
        assertEquals(BigDecimal.valueOf(30), rate.ratePct());
    }

    @Test
    void vietnamsHalvedRateIsRoundedUp() {
        ReciprocalRate rate = ReciprocalTariffFormula.forward(usd(136_600_000_000L), usd(13_100_000_000L), Parameters.USTR);

        assertEquals(new BigDecimal("45.2050"), rate.halfChargedPct());
        assertEquals(BigDecimal.valueOf(46), rate.ratePct());
    }

    @Test
    void aHalvedRateOfExactlyTwentyNineStaysTwentyNine() {
        // 50 * (100 - 42) / 100 = 29 exactly: rounding up must not add one
        assertEquals(BigDecimal.valueOf(29), ReciprocalTariffFormula.forward(usd(100), usd(42), Parameters.USTR).ratePct());
        assertEquals(BigDecimal.valueOf(30), ReciprocalTariffFormula.forward(usd(1_000), new BigDecimal("419.999"), Parameters.USTR).ratePct());
    }

    @Test
    void chargedRoundsHalvesAwayFromZero() {
        assertEquals(BigDecimal.valueOf(59), ReciprocalTariffFormula.forward(usd(200), usd(83), Parameters.USTR).chargedPct());
        assertEquals(BigDecimal.valueOf(-18), ReciprocalTariffFormula.forward(usd(200), usd(235), Parameters.USTR).chargedPct());
    }

    @Test
    void aPartnerWithASurplusGetsTheFloor() {
        ReciprocalRate rate = ReciprocalTariffFormula.forward(usd(68_100_000_000L), usd(79_900_000_000L), Parameters.USTR);

        assertTrue(rate.floorApplied());
        assertEquals(BigDecimal.TEN, rate.ratePct());
        assertEquals(BigDecimal.valueOf(-17), rate.chargedPct());
    }

    @Test
    void aHigherPassThroughGivesLowerRates() {
        Parameters aei = new Parameters(BigDecimal.valueOf(4), new BigDecimal("0.945"));

        ReciprocalRate rate = ReciprocalTariffFormula.forward(PAKISTAN_IMPORTS, usd(2_150_000_000L), aei);

        assertEquals(BigDecimal.valueOf(15), rate.chargedPct());
        assertEquals(BigDecimal.TEN, rate.ratePct());
    }

    @Test
    void inverseGivesThePurchasesOfTheDomainNotes() {
        BigDecimal exports = usd(2_100_000_000L);

        assertEquals(usd(1_066_636_980L), additional(exports, 19));
        assertEquals(usd(1_475_235_300L), additional(exports, 15));
        assertEquals(usd(1_985_983_200L), additional(exports, 10));
    }

    @Test
    void inverseAnswerGivesTheTargetAndOneDollarLessDoesNot() {
        BigDecimal exports = usd(2_100_000_000L);
        BigDecimal answer = exports.add(additional(exports, 19));

        assertEquals(BigDecimal.valueOf(19), ReciprocalTariffFormula.forward(PAKISTAN_IMPORTS, answer, Parameters.USTR).ratePct());
        assertEquals(BigDecimal.valueOf(20), ReciprocalTariffFormula.forward(PAKISTAN_IMPORTS, answer.subtract(BigDecimal.ONE),
                Parameters.USTR).ratePct());
    }

    @Test
    void aTargetTheDataAlreadyMeetNeedsNothing() {
        assertEquals(BigDecimal.ZERO, additional(usd(2_100_000_000L), 30));
        assertEquals(BigDecimal.ZERO, ReciprocalTariffFormula.additionalExports(usd(68_100_000_000L), usd(79_900_000_000L),
                BigDecimal.TEN, Parameters.USTR));
    }

    @Test
    void targetsBelowTheFloorOrBetweenWholePercentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> additional(usd(2_100_000_000L), 9));
        assertThrows(IllegalArgumentException.class, () -> ReciprocalTariffFormula.additionalExports(PAKISTAN_IMPORTS,
                usd(2_100_000_000L), new BigDecimal("19.5"), Parameters.USTR));
    }

    @Test
    void aRejectedTargetSaysWhichRuleItBreaks() {
        assertEquals("the target rate must be at least the 10% floor", assertThrows(IllegalArgumentException.class,
                () -> additional(usd(2_100_000_000L), 9)).getMessage());
        assertEquals("the target rate must be a whole percent: the formula only gives whole percents",
                assertThrows(IllegalArgumentException.class, () -> ReciprocalTariffFormula.additionalExports(PAKISTAN_IMPORTS,
                        usd(2_100_000_000L), new BigDecimal("19.5"), Parameters.USTR)).getMessage());
    }

    @Test
    void aPossibleRateIsAWholePercentOfAtLeastTheFloor() {
        for (String possible : new String[] {"10", "10.00", "19", "1E+2", "250"}) {
            assertTrue(ReciprocalTariffFormula.isPossibleRate(new BigDecimal(possible)), possible);
        }
        for (String impossible : new String[] {"9", "9.99", "19.5", "10.01", "0", "-20"}) {
            assertFalse(ReciprocalTariffFormula.isPossibleRate(new BigDecimal(impossible)), impossible);
        }
    }

    @Test
    void zeroImportsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ReciprocalTariffFormula.forward(BigDecimal.ZERO, usd(1), Parameters.USTR));
    }

    @Test
    void thePublishedPakistanPairHoldsForExportsBetween2145And2171Million() {
        ExportsWindow window = ReciprocalTariffFormula.exportsWindow(PAKISTAN_IMPORTS, BigDecimal.valueOf(29),
                BigDecimal.valueOf(58), Parameters.USTR).orElseThrow();

        assertEquals(usd(2_145_141_180L), window.minExportsUsd());
        assertEquals(usd(2_170_678_575L), window.maxExportsUsd());
        assertTrue(window.contains(usd(2_150_000_000L)));
        assertFalse(window.contains(usd(2_100_000_000L)));
    }

    @Test
    void theRateAloneAllowsAWiderWindow() {
        ExportsWindow window = ReciprocalTariffFormula.exportsWindow(PAKISTAN_IMPORTS, BigDecimal.valueOf(29), null,
                Parameters.USTR).orElseThrow();

        assertEquals(usd(2_145_141_180L), window.minExportsUsd());
        assertEquals(usd(2_247_290_759L), window.maxExportsUsd());
    }

    @Test
    void theFloorHasNoUpperBound() {
        ExportsWindow window = ReciprocalTariffFormula.exportsWindow(PAKISTAN_IMPORTS, BigDecimal.TEN, null,
                Parameters.USTR).orElseThrow();

        assertEquals(usd(4_085_983_200L), window.minExportsUsd());
        assertEquals(null, window.maxExportsUsd());
    }

    @Test
    void aPairTheFormulaCannotGiveHasNoWindow() {
        assertTrue(ReciprocalTariffFormula.exportsWindow(PAKISTAN_IMPORTS, BigDecimal.valueOf(29), BigDecimal.valueOf(40),
                Parameters.USTR).isEmpty());
    }

    private static BigDecimal additional(BigDecimal exports, int target) {
        return ReciprocalTariffFormula.additionalExports(PAKISTAN_IMPORTS, exports, BigDecimal.valueOf(target), Parameters.USTR);
    }

    private static BigDecimal usd(long dollars) {
        return BigDecimal.valueOf(dollars);
    }
}
