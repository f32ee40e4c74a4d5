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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** No newer evaluation of the same version: the condition that picks each version's newest in one query. */
    private static final String NEWEST = "not exists (select n.id from Evaluation n where n.draftVersion = e.draftVersion"
            + " and (n.evaluatedAt > e.evaluatedAt or (n.evaluatedAt = e.evaluatedAt and n.id > e.id)))";

    /** The newest evaluation of each of these versions (by version id), in one query; unscored versions are absent. */
    public static Map<Long, Evaluation> latestOf(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select e from Evaluation e where e.draftVersion.id in :ids and " + NEWEST,
                        Evaluation.class).setParameter("ids", versionIds).getResultStream()
                .collect(Collectors.toMap(e -> e.draftVersion.id, Function.identity()));
    }

    /** The score and verdict of a version's newest evaluation, without the rest of it. */
    public record Score(long versionId, BigDecimal score, String verdict) {
    }

    /** The newest score of each of these versions (by version id), in one query, without the stored JSON. */
    public static Map<Long, Score> latestScoresOf(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        List<Score> scores = getEntityManager().createQuery("select new " + Score.class.getName()
                        + "(e.draftVersion.id, e.score, e.verdict) from Evaluation e where e.draftVersion.id in :ids and "
                        + NEWEST, Score.class).setParameter("ids", versionIds).getResultList();
        return scores.stream().collect(Collectors.toMap(Score::versionId, Function.identity()));
    }
}
