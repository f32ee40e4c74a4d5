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

/** One step in the life of a tariff measure. */
@Entity
@Table(name = "tariff_measure_status_change")
public class TariffMeasureStatusChange extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public TariffMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 9)
    public MeasureStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    public MeasureStatus status;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;
}
