package org.tradedeal.tradedata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.time.LocalDate;

/** One step in the life of a non-tariff barrier. */
@Entity
@Table(name = "barrier_status_change")
public class BarrierStatusChange extends StatusChange {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "barrier_id")
    public NonTariffBarrier barrier;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public BarrierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BarrierStatus status;

    protected BarrierStatusChange() {
    }

    BarrierStatusChange(NonTariffBarrier barrier, BarrierStatus fromStatus, BarrierStatus status, LocalDate effectiveOn,
                        String note, Instant recordedAt) {
        super(effectiveOn, note, recordedAt);
        this.barrier = barrier;
        this.fromStatus = fromStatus;
        this.status = status;
    }
}
