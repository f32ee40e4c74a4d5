package org.tradedeal.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A negotiation between two partners: the side we negotiate for ({@link #ourSide}) wants the tariff the
 * other side imposes on it brought down to {@link #targetRatePct} by the {@link #deadline}. Drafts are
 * scored against the other side's trade data for {@link #baselineYear}.
 */
@Entity
public class Negotiation extends PanacheEntity {

    @Column(nullable = false, length = 200)
    public String title;

    /** ISO 3166-1 alpha-2 code of the side we negotiate for. */
    @Column(name = "our_side", nullable = false, length = 2)
    public String ourSide;

    /** ISO 3166-1 alpha-2 code of the other side, the one that imposes the tariff. */
    @Column(name = "other_side", nullable = false, length = 2)
    public String otherSide;

    @Column(name = "target_rate_pct", nullable = false, precision = 5, scale = 2)
    public BigDecimal targetRatePct;

    public LocalDate deadline;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NegotiationStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** A delete keeps the row: when and by whom it was deleted. Every read leaves deleted rows out. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by", length = 200)
    public String deletedBy;

    public void markDeleted(String by, Instant at) {
        deletedAt = at;
        deletedBy = by;
    }

    /**
     * The side facing the proposing one: the side whose tariff a proposal answers and whose trade ledger
     * it is scored against.
     */
    public String counterpartOf(String proposingSide) {
        return proposingSide.equals(ourSide) ? otherSide : ourSide;
    }
}
