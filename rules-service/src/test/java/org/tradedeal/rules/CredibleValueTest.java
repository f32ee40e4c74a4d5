package org.tradedeal.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CredibleValueTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void aLineCountsItsDollarsInTheYearsAtItsFactor() {
        CredibleValue.Line line = line(100, 2025, 3, false, BigDecimal.ONE);

        assertThat(line.usdIn(2024, 2026)).isEqualByComparingTo("200");
        assertThat(line.usdIn(2028, 2030)).isEqualByComparingTo("0");
        assertThat(CredibleValue.fill(List.of(line), 2024, 2027, BigDecimal.valueOf(1_000)).creditedUsd())
                .isEqualByComparingTo("150");
    }

    @Test
    void theCapIsFilledWithTheBestFactorFirstAndTheRestIsNotCounted() {
        List<CredibleValue.Line> lines = bestFirst(
                line(100, 2025, 1, false, BigDecimal.ONE),   // 0.5
                line(100, 2025, 1, true, BigDecimal.ONE),    // 1
                line(100, 2025, 1, true, HALF));             // 0.5, blocked

        CredibleValue.Fill fill = CredibleValue.fill(lines, 2025, 2025, BigDecimal.valueOf(150));

        // 100 at 1, then 50 of a line at 0.5: the binding one first among equals.
        assertThat(fill.committedUsd()).isEqualByComparingTo("300");
        assertThat(fill.takenUsd()).isEqualByComparingTo("150");
        assertThat(fill.notPlausibleUsd()).isEqualByComparingTo("150");
        assertThat(fill.creditedUsd()).isEqualByComparingTo("125");
        assertThat(fill.barrierWithheldUsd()).isEqualByComparingTo("25");
        assertThat(fill.bestEffortWithheldUsd()).isEqualByComparingTo("0");
    }

    @Test
    void aWeakerLineAddedNeverLowersWhatTheGroupCountsFor() {
        List<CredibleValue.Line> strong = bestFirst(line(100, 2025, 2, true, BigDecimal.ONE));
        List<CredibleValue.Line> more = bestFirst(line(100, 2025, 2, true, BigDecimal.ONE),
                line(500, 2025, 2, false, HALF));

        BigDecimal before = CredibleValue.credited(strong, 2025, 2026, BigDecimal.valueOf(120));
        BigDecimal after = CredibleValue.credited(more, 2025, 2026, BigDecimal.valueOf(120));

        assertThat(before).isEqualByComparingTo("200");
        assertThat(after).isEqualByComparingTo("210");
    }

    @Test
    void aLineSplitInTwoWithTheSameTermsCountsTheSame() {
        BigDecimal whole = CredibleValue.credited(bestFirst(line(300, 2025, 3, true, HALF)), 2024, 2027,
                BigDecimal.valueOf(250));
        BigDecimal split = CredibleValue.credited(bestFirst(line(100, 2025, 3, true, HALF), line(200, 2025, 1, true, HALF),
                line(200, 2026, 2, true, HALF)), 2024, 2027, BigDecimal.valueOf(250));

        assertThat(split).isEqualByComparingTo(whole).isEqualByComparingTo("450");
    }

    private static CredibleValue.Line line(long usd, int firstYear, int years, boolean binding, BigDecimal barrierFactor) {
        return CredibleValue.Line.of("5201", BigDecimal.valueOf(usd), firstYear, years, binding, HALF, barrierFactor);
    }

    private static List<CredibleValue.Line> bestFirst(CredibleValue.Line... lines) {
        List<CredibleValue.Line> sorted = new ArrayList<>(List.of(lines));
        sorted.sort(CredibleValue.BEST_FIRST);
        return sorted;
    }
}
