package org.tradedeal.rules.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationMetricsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1-5", "5, 1-5", "6, 6-20", "20, 6-20", "21, 21-100", "100, 21-100", "101, 101+", "1500, 101+"})
    void aDraftIsTimedUnderTheBandItsCommitmentsFallIn(int commitments, String band) {
        assertThat(EvaluationMetrics.band(commitments)).isEqualTo(band);
    }
}
