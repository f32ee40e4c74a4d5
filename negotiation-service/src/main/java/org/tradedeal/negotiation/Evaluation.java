package org.tradedeal.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * What rules-service answered for one scoring request, kept whole in {@link #result}. Immutable: a
 * re-score makes a new evaluation, whose {@link #changes} say what moved since the previous one.
 */
@Entity
public class Evaluation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_version_id", updatable = false)
    public DraftVersion draftVersion;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scoring_request_id", updatable = false, unique = true)
    public ScoringRequest scoringRequest;

    @Column(nullable = false, updatable = false, precision = 6, scale = 2)
    public BigDecimal score;

    @Column(nullable = false, updatable = false, length = 30)
    public String verdict;

    @Column(name = "ruleset_name", nullable = false, updatable = false, length = 100)
    public String rulesetName;

    @Column(name = "ruleset_version", nullable = false, updatable = false, length = 50)
    public String rulesetVersion;

    @Column(name = "ruleset_hash", updatable = false, length = 100)
    public String rulesetHash;

    @Column(name = "data_vintage", nullable = false, updatable = false, length = 100)
    public String dataVintage;

    @Column(name = "evaluated_at", nullable = false, updatable = false)
    public Instant evaluatedAt;

    /** Everything rules-service returned: breakdown, fired rules, gaps, warnings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public JsonNode result;

    /** What changed since the version's previous evaluation, and why the score moved; null for the first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false, columnDefinition = "jsonb")
    public JsonNode changes;

    /** The newest evaluation of a version. */
    public static Optional<Evaluation> latestOf(DraftVersion version) {
        return find("draftVersion = ?1 order by evaluatedAt desc, id desc", version).firstResultOptional();
    }
}
