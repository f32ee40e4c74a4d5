package org.tradedeal.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change, as the audit trail keeps it: who, when, what, to which entity, and the SHA-256 of the entity's
 * JSON before and after (null before a creation). Append-only: the database refuses to update or delete one.
 * Kept identical to trade-data-service/src/main/java/org/tradedeal/tradedata/AuditRecord.java but for its package.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntity {

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false, length = 200)
    public String actor;

    @Column(nullable = false, updatable = false, length = 40)
    public String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 60)
    public String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 100)
    public String entityId;

    @Column(name = "before_sha256", updatable = false, length = 64, columnDefinition = "bpchar(64)")
    public String beforeSha256;

    @Column(name = "after_sha256", updatable = false, length = 64, columnDefinition = "bpchar(64)")
    public String afterSha256;
}
