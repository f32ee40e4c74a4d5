package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A tariff one side imposes on the other's goods, under a legal authority, with its validity and history. */
@Entity
@Table(name = "tariff_measure")
public class TariffMeasure extends PanacheEntity {

    @Column(nullable = false, length = 2)
    public String imposer;

    @Column(nullable = false, length = 2)
    public String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Authority authority;

    @Column(name = "rate_pct", nullable = false, precision = 7, scale = 3)
    public BigDecimal ratePct;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "legal_instrument", length = 200)
    public String legalInstrument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    public MeasureStatus status;

    @Column(name = "announced_on")
    public LocalDate announcedOn;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** For rates computed with the reciprocal formula: the year of the trade data it used. */
    @Column(name = "formula_data_year")
    public Integer formulaDataYear;

    /** For rates computed with the reciprocal formula: the "tariff charged" percentage published with it. */
    @Column(name = "formula_charged_pct", precision = 7, scale = 3)
    public BigDecimal formulaChargedPct;

    @Column(length = 1000)
    public String note;

    @Column(nullable = false, length = 300)
    public String source;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<TariffMeasureStatusChange> history = new ArrayList<>();

    @Version
    public long version;

    /** Starts its history: its status as recorded, effective on {@code first} (its announcement or start). */
    public void startHistory(LocalDate first, Instant at) {
        history.add(new TariffMeasureStatusChange(this, null, status, first, "recorded as " + status, at));
    }

    /**
     * Moves it along its life (ANNOUNCED -> IN_FORCE | VOIDED, IN_FORCE <-> SUSPENDED, any -> VOIDED), dated no
     * earlier than its previous change; see {@link StatusChange#requireMove} for what is refused. Going in force
     * opens its validity if open-ended; voiding ends it.
     */
    public TariffMeasureStatusChange moveTo(MeasureStatus to, LocalDate effectiveOn, String note, Instant at) {
        StatusChange.requireMove("Tariff measure " + id, status, to, status.next(), history, effectiveOn);
        TariffMeasureStatusChange change = new TariffMeasureStatusChange(this, status, to, effectiveOn, note, at);
        history.add(change);
        status = to;
        if (to == MeasureStatus.IN_FORCE && validFrom == null) {
            validFrom = effectiveOn;
        }
        if (to == MeasureStatus.VOIDED && (validUntil == null || validUntil.isAfter(effectiveOn))) {
            validUntil = effectiveOn;
        }
        return change;
    }
}
