package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One step in the life of a non-tariff barrier. */
@Entity
@Table(name = "barrier_status_change")
public class BarrierStatusChange extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "barrier_id")
    public NonTariffBarrier barrier;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public BarrierStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BarrierStatus status;

    /** When the step took effect; null only for the seed catalogue's initial listing. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;
}
