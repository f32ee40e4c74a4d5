package org.tradedeal.rules.formula;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReciprocalFormulaTest {

    private static final BigDecimal EPSILON = BigDecimal.valueOf(4);
    private static final BigDecimal PHI = new BigDecimal("0.25");

    @ParameterizedTest(name = "{0}: rate {3}%")
    @CsvSource({
            // reciprocal-rate-examples.csv
            "Pakistan, 5107479000, 2150000000, 29",
            "Vietnam, 136600000000, 13100000000, 46",      // half of 90.4 is 45.2: rounded UP
            "United Kingdom, 68100000000, 79900000000, 10", // a US surplus: the floor
            // USTR's rounded Pakistan exports give 30, not the published 29
            "Pakistan rounded, 5107479000, 2100000000, 30"})
    void givesThePublishedRates(String partner, long imports, long exports, int rate) {
        assertThat(ReciprocalFormula.ratePct(BigDecimal.valueOf(imports), BigDecimal.valueOf(exports), EPSILON, PHI))
                .isEqualTo(rate);
    }

    @Test
    void theGapForPakistanAt19PercentIsExactToTheDollar() {
        BigDecimal m = BigDecimal.valueOf(5_107_479_000L);
        BigDecimal x = BigDecimal.valueOf(2_100_000_000L);
        BigDecimal gap = ReciprocalFormula.additionalExportsFor(m, x, 19, EPSILON, PHI).orElseThrow();

        assertThat(gap).isEqualByComparingTo("1066636980");
        assertThat(ReciprocalFormula.ratePct(m, x.add(gap), EPSILON, PHI)).isEqualTo(19);
        assertThat(ReciprocalFormula.ratePct(m, x.add(gap).subtract(BigDecimal.ONE), EPSILON, PHI)).isEqualTo(20);
    }

    @Test
    void aTargetBelowTheFloorCannotBeReached() {
        assertThat(ReciprocalFormula.additionalExportsFor(BigDecimal.TEN, BigDecimal.ONE, 9, EPSILON, PHI)).isEmpty();
    }

    /** Property: at the answer the rate is the target, one dollar less it is above; for random figures. */
    @Test
    void theInverseMeetsTheForwardFormulaAtTheBoundary() {
        Random random = new Random(20250402L);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal m = BigDecimal.valueOf(1_000_000L + (long) (random.nextDouble() * 500_000_000_000L));
            BigDecimal x = BigDecimal.valueOf((long) (random.nextDouble() * m.doubleValue()));
            int target = 10 + random.nextInt(41);
            BigDecimal phi = random.nextBoolean() ? PHI : new BigDecimal("0.945");
            BigDecimal gap = ReciprocalFormula.additionalExportsFor(m, x, target, EPSILON, phi).orElseThrow();

            assertThat(ReciprocalFormula.ratePct(m, x.add(gap), EPSILON, phi)).as("m=%s x=%s T=%d", m, x, target)
                    .isLessThanOrEqualTo(target);
            if (gap.signum() > 0) {
                assertThat(ReciprocalFormula.ratePct(m, x.add(gap).subtract(BigDecimal.ONE), EPSILON, phi))
                        .as("one dollar less, m=%s x=%s T=%d", m, x, target).isGreaterThan(target);
            }
        }
    }
}
