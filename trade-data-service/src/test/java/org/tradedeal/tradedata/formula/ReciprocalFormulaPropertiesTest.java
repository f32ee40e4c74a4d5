package org.tradedeal.tradedata.formula;

import org.junit.jupiter.api.Test;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula.ExportsWindow;
import org.tradedeal.tradedata.formula.ReciprocalTariffFormula.Parameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the formula checked on many generated cases: the inverse and the forward formula agree at
 * the rounding boundary, windows end exactly where the formula changes, allocations add up.
 *
 * <p>Cases come from a fixed seed, so every run checks the same cases and a failure names the case that
 * broke. (Written with plain JUnit rather than jqwik: see the module README, "Testing".)
 */
class ReciprocalFormulaPropertiesTest {

    private static final long SEED = 20250402L;
    private static final int CASES = 5_000;

    @Test
    void theInverseAnswerGivesTheTargetAndOneDollarLessDoesNot() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < CASES; i++) {
            BigDecimal m = BigDecimal.valueOf(random.nextLong(1_000_000L, 900_000_000_000L));
            BigDecimal x = m.multiply(BigDecimal.valueOf(random.nextInt(0, 15_001), 4)).setScale(0, RoundingMode.DOWN);
            BigDecimal target = BigDecimal.valueOf(random.nextInt(10, 61));
            Parameters parameters = parameters(random);
            String sample = "m=" + m + " x=" + x + " target=" + target + " " + parameters;

            BigDecimal additional = ReciprocalTariffFormula.additionalExports(m, x, target, parameters);

            BigDecimal rateAtAnswer = ReciprocalTariffFormula.forward(m, x.add(additional), parameters).ratePct();
            if (additional.signum() == 0) {
                assertTrue(rateAtAnswer.compareTo(target) <= 0, "already met, the rate is at most the target: " + sample);
            } else {
                assertEquals(0, rateAtAnswer.compareTo(target), "the answer gives the target: " + sample);
                BigDecimal oneLess = ReciprocalTariffFormula.forward(m, x.add(additional).subtract(BigDecimal.ONE), parameters)
                        .ratePct();
                assertTrue(oneLess.compareTo(target) > 0, "one dollar less stays above the target: " + sample);
            }
        }
    }

    @Test
    void exportsJustAtTheThresholdNeedNothingAndOneDollarShortNeedsOne() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < CASES; i++) {
            BigDecimal m = BigDecimal.valueOf(random.nextLong(1_000_000L, 900_000_000_000L));
            BigDecimal target = BigDecimal.valueOf(random.nextInt(10, 50));
            BigDecimal threshold = ReciprocalTariffFormula.exportsThreshold(m, target, Parameters.USTR)
                    .setScale(0, RoundingMode.CEILING);
            String sample = "m=" + m + " target=" + target;

            assertEquals(BigDecimal.ZERO, ReciprocalTariffFormula.additionalExports(m, threshold, target, Parameters.USTR), sample);
            assertEquals(BigDecimal.ONE, ReciprocalTariffFormula.additionalExports(m, threshold.subtract(BigDecimal.ONE), target,
                    Parameters.USTR), sample);
        }
    }

    @Test
    void targetsBelowTheFloorAreAlwaysRejected() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < 500; i++) {
            BigDecimal m = BigDecimal.valueOf(random.nextLong(1, 1_000_000_000_000L));
            BigDecimal target = BigDecimal.valueOf(random.nextInt(-100, 10));
            assertThrows(IllegalArgumentException.class,
                    () -> ReciprocalTariffFormula.additionalExports(m, BigDecimal.ZERO, target, Parameters.USTR),
                    "m=" + m + " target=" + target);
        }
    }

    @Test
    void theWindowOfAnOutcomeIsExactlyWhereTheFormulaGivesIt() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal m = BigDecimal.valueOf(random.nextLong(1_000_000L, 500_000_000_000L));
            BigDecimal x = m.multiply(BigDecimal.valueOf(random.nextInt(0, 9_501), 4)).setScale(0, RoundingMode.DOWN);
            ReciprocalRate outcome = ReciprocalTariffFormula.forward(m, x, Parameters.USTR);
            String sample = "m=" + m + " x=" + x;

            ExportsWindow window = ReciprocalTariffFormula.exportsWindow(m, outcome.ratePct(), outcome.chargedPct(),
                    Parameters.USTR).orElseThrow();

            assertTrue(window.contains(x), sample);
            assertTrue(gives(m, window.minExportsUsd(), outcome), "the minimum gives the outcome: " + sample);
            assertTrue(gives(m, window.maxExportsUsd(), outcome), "the maximum gives the outcome: " + sample);
            if (window.minExportsUsd().signum() > 0) {
                assertFalse(gives(m, window.minExportsUsd().subtract(BigDecimal.ONE), outcome), "below the minimum: " + sample);
            }
            assertFalse(gives(m, window.maxExportsUsd().add(BigDecimal.ONE), outcome), "above the maximum: " + sample);
        }
    }

    @Test
    void anAllocationAddsUpToTheAmountToTheDollar() {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        for (int i = 0; i < CASES; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L));
            List<BigDecimal> shares = shares(random);
            String sample = "amount=" + amount + " shares=" + shares;

            List<BigDecimal> parts = ShareAllocation.allocate(amount, shares);

            assertEquals(amount, parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add), sample);
            for (int line = 0; line < parts.size(); line++) {
                BigDecimal exact = amount.multiply(shares.get(line));
                assertTrue(parts.get(line).subtract(exact).abs().compareTo(BigDecimal.ONE) < 0,
                        "each part is within a dollar of its exact share: " + sample);
            }
        }
    }

    private static boolean gives(BigDecimal imports, BigDecimal exports, ReciprocalRate outcome) {
        ReciprocalRate rate = ReciprocalTariffFormula.forward(imports, exports, Parameters.USTR);
        return rate.ratePct().compareTo(outcome.ratePct()) == 0 && rate.chargedPct().compareTo(outcome.chargedPct()) == 0;
    }

    /** USTR's parameters half the time, else epsilon 1..10 and phi 0.05..1.00. */
    private static Parameters parameters(SplittableRandom random) {
        if (random.nextBoolean()) {
            return Parameters.USTR;
        }
        return new Parameters(BigDecimal.valueOf(random.nextInt(1, 11)), BigDecimal.valueOf(random.nextInt(5, 101), 2));
    }

    /** 1 to 6 positive shares with 4 decimals, summing to exactly 1. */
    private static List<BigDecimal> shares(SplittableRandom random) {
        int lines = random.nextInt(1, 7);
        List<BigDecimal> shares = new ArrayList<>(lines);
        int left = 10_000;
        for (int line = 0; line < lines - 1; line++) {
            int share = random.nextInt(1, left - (lines - 1 - line) + 1);
            shares.add(BigDecimal.valueOf(share, 4));
            left -= share;
        }
        shares.add(BigDecimal.valueOf(left, 4));
        return shares;
    }
}
