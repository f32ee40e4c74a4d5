package org.tradedeal.tradedata;

import jakarta.persistence.AttributeOverride;
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

/** One step in the life of a tariff measure. */
@Entity
@Table(name = "tariff_measure_status_change")
@AttributeOverride(name = "effectiveOn", column = @Column(name = "effective_on", nullable = false))
public class TariffMeasureStatusChange extends StatusChange {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "measure_id")
    public TariffMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 9)
    public MeasureStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    public MeasureStatus status;

    protected TariffMeasureStatusChange() {
    }

    TariffMeasureStatusChange(TariffMeasure measure, MeasureStatus fromStatus, MeasureStatus status, LocalDate effectiveOn,
                              String note, Instant recordedAt) {
        super(effectiveOn, note, recordedAt);
        this.measure = measure;
        this.fromStatus = fromStatus;
        this.status = status;
    }
}
