package org.tradedeal.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** One step on a negotiation's roadmap. */
@Entity
public class Milestone extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    public Negotiation negotiation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public MilestoneKind kind;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MilestoneStatus status;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(length = 2000)
    public String notes;

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

    /** Still open and its due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    /** Still open and due between today and {@code days} days from today, both included. */
    public boolean isDueWithin(LocalDate today, int days) {
        return status.isOpen() && !dueDate.isBefore(today) && !dueDate.isAfter(today.plusDays(days));
    }
}
