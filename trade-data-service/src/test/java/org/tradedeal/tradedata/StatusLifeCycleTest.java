package org.tradedeal.tradedata;

import org.junit.jupiter.api.Test;
import org.tradedeal.tradedata.problem.IllegalStatusTransition;
import org.tradedeal.tradedata.problem.StatusDateOutOfOrder;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The dated status life of barriers and tariff measures, on the entities alone (no database). */
class StatusLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);

    @Test
    void aBarrierStartsListedAndMayMoveForwardSkippingSteps() {
        NonTariffBarrier barrier = barrier();
        barrier.startListed(JAN, NOW);

        BarrierStatusChange change = barrier.moveTo(BarrierStatus.REMOVAL_VERIFIED, FEB, "by decree", NOW);

        assertThat(barrier.status).isEqualTo(BarrierStatus.REMOVAL_VERIFIED);
        assertThat(barrier.statusSince).isEqualTo(FEB);
        assertThat(barrier.history).extracting(c -> c.fromStatus, c -> c.status, c -> c.effectiveOn, c -> c.note)
                .containsExactly(
                        tuple(null, BarrierStatus.LISTED, JAN, "listed by US"),
                        tuple(BarrierStatus.LISTED, BarrierStatus.REMOVAL_VERIFIED, FEB, "by decree"));
        assertThat(change.barrier).isSameAs(barrier);
        assertThat(change.recordedAt).isEqualTo(NOW);
    }

    @Test
    void aBarrierNeverGoesBackOrStaysAndNothingIsRecordedWhenRefused() {
        NonTariffBarrier barrier = barrier();
        barrier.startListed(JAN, NOW);
        barrier.moveTo(BarrierStatus.OFFERED, JAN, null, NOW);

        assertThatThrownBy(() -> barrier.moveTo(BarrierStatus.OFFERED, FEB, null, NOW))
                .isInstanceOf(IllegalStatusTransition.class)
                .hasMessageContaining("Barrier SPS-1 of CN cannot move from OFFERED to OFFERED; allowed next: [LEGISLATED, REMOVAL_VERIFIED].");
        assertThat(barrier.status).isEqualTo(BarrierStatus.OFFERED);
        assertThat(barrier.history).hasSize(2);
    }

    @Test
    void aChangeMayNotBeDatedBeforeThePreviousOneButAnUndatedSeedListingIsNoBound() {
        NonTariffBarrier seeded = barrier();
        seeded.startListed(null, NOW);
        seeded.moveTo(BarrierStatus.OFFERED, FEB, null, NOW);

        assertThatThrownBy(() -> seeded.moveTo(BarrierStatus.LEGISLATED, JAN, null, NOW))
                .isInstanceOf(StatusDateOutOfOrder.class)
                .hasMessageContaining("a change effective on 2026-01-01 cannot follow the change effective on 2026-02-01.");
        assertThat(seeded.moveTo(BarrierStatus.LEGISLATED, FEB, null, NOW).status).as("the same day is in order")
                .isEqualTo(BarrierStatus.LEGISLATED);
    }

    @Test
    void aMeasureGoingInForceOpensItsValidityAndVoidingEndsItForGood() {
        TariffMeasure measure = new TariffMeasure();
        measure.id = 7L;
        measure.status = MeasureStatus.ANNOUNCED;
        measure.startHistory(JAN, NOW);

        measure.moveTo(MeasureStatus.IN_FORCE, JAN.plusDays(9), null, NOW);
        measure.moveTo(MeasureStatus.VOIDED, FEB, "struck down", NOW);

        assertThat(measure.validFrom).isEqualTo(JAN.plusDays(9));
        assertThat(measure.validUntil).isEqualTo(FEB);
        assertThat(measure.history).extracting(c -> c.status)
                .containsExactly(MeasureStatus.ANNOUNCED, MeasureStatus.IN_FORCE, MeasureStatus.VOIDED);
        assertThat(measure.history.get(0).note).isEqualTo("recorded as ANNOUNCED");
        assertThatThrownBy(() -> measure.moveTo(MeasureStatus.IN_FORCE, FEB, null, NOW))
                .isInstanceOf(IllegalStatusTransition.class)
                .hasMessageContaining("Tariff measure 7 cannot move from VOIDED to IN_FORCE: VOIDED is final.");
    }

    private static NonTariffBarrier barrier() {
        NonTariffBarrier barrier = new NonTariffBarrier();
        barrier.code = "SPS-1";
        barrier.imposer = "CN";
        barrier.listedBy = "US";
        return barrier;
    }
}
