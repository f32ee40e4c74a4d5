package org.tradedeal.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One immutable version of a draft's content, with the status of that version. */
@Entity
@Table(name = "draft_version")
public class DraftVersion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    public ProposalDraft draft;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 120)
    public String author;

    /** What the author says this version changes. */
    @Column(length = 1000)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public DraftContent content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DraftStatus status;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Version
    public long version;

    public void moveTo(DraftStatus next, Instant at) {
        status = next;
        statusChangedAt = at;
    }
}
