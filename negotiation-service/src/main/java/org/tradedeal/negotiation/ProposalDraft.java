package org.tradedeal.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A proposal one side drafts in a negotiation. Its content lives in immutable {@link DraftVersion}s;
 * {@link #latestVersion} is the number of the newest one, and {@link #version} guards it, so two
 * negotiators editing at once cannot both become "the next version".
 */
@Entity
@Table(name = "proposal_draft")
public class ProposalDraft extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    public Negotiation negotiation;

    /** ISO code of the side that makes the proposal; one of the negotiation's two sides. */
    @Column(nullable = false, length = 2)
    public String side;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
