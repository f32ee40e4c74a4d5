package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-tariff barrier one side (the imposer) keeps, as the other side has listed it, with the HS products
 * it affects, the trade it blocks where a source gives a figure, and its life cycle.
 */
@Entity
@Table(name = "non_tariff_barrier")
public class NonTariffBarrier extends PanacheEntity {

    /** Code unique per imposer, e.g. "SPS-1". */
    @Column(nullable = false, length = 20)
    public String code;

    @Column(nullable = false, length = 2)
    public String imposer;

    /** The side that lists it as a concern. */
    @Column(name = "listed_by", nullable = false, length = 2)
    public String listedBy;

    /** UNCTAD MAST chapter A..P, or TARIFF / DIGITAL for items outside MAST. */
    @Column(name = "mast_chapter", nullable = false, length = 7)
    public String mastChapter;

    @Column(nullable = false, length = 40)
    public String category;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 2000)
    public String description;

    @Column(nullable = false, length = 300)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public BarrierStatus status;

    /** When the current status took effect; null when the source does not say. */
    @Column(name = "status_since")
    public LocalDate statusSince;

    @Column(name = "blocked_trade_usd", precision = 18)
    public BigDecimal blockedTradeUsd;

    @Column(name = "blocked_trade_source", length = 300)
    public String blockedTradeSource;

    @ElementCollection
    @CollectionTable(name = "barrier_affected_product", joinColumns = @JoinColumn(name = "barrier_id"))
    @Column(name = "hs_code", length = 6)
    @OrderBy
    public List<String> affectedProducts = new ArrayList<>();

    @OneToMany(mappedBy = "barrier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<BarrierStatusChange> history = new ArrayList<>();

    @Version
    public long version;

    /** Starts its life: LISTED on {@code listedOn}, the first entry of its history. */
    public void startListed(LocalDate listedOn, Instant at) {
        status = BarrierStatus.LISTED;
        statusSince = listedOn;
        history.add(new BarrierStatusChange(this, null, BarrierStatus.LISTED, listedOn, "listed by " + listedBy, at));
    }

    /**
     * Moves it forward along LISTED -> OFFERED -> LEGISLATED -> REMOVAL_VERIFIED, skipping steps if need be,
     * dated no earlier than its previous change; see {@link StatusChange#requireMove} for what is refused.
     */
    public BarrierStatusChange moveTo(BarrierStatus to, LocalDate effectiveOn, String note, Instant at) {
        StatusChange.requireMove("Barrier " + code + " of " + imposer, status, to, status.next(), history, effectiveOn);
        BarrierStatusChange change = new BarrierStatusChange(this, status, to, effectiveOn, note, at);
        history.add(change);
        status = to;
        statusSince = effectiveOn;
        return change;
    }
}
