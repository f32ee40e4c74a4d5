package org.tradedeal.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tradedeal.negotiation.tracing.TraceParent;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A request to score one draft version. It stays {@link Status#PENDING} until an evaluation is stored
 * for it (at most one: the evaluation table holds the request id as a unique key), or until scoring is
 * found impossible ({@link Status#FAILED}: no trade data for the partner and year, a draft the rules
 * reject, or one whose scoring failed the same way several times; its version is then SCORING_FAILED).
 */
@Entity
@Table(name = "scoring_request")
public class ScoringRequest extends PanacheEntity {

    public enum Reason {
        SUBMISSION,
        RESCORE
    }

    public enum Status {
        PENDING,
        DONE,
        FAILED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_version_id")
    public DraftVersion draftVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    /** Attempts that failed on this request itself (a downstream's 500 for it), not because of an outage. */
    @Column(name = "request_failures", nullable = false)
    public int requestFailures;

    /** When the scoring worker may take it next; also a lease while one attempt runs. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public long version;

    /**
     * The trace the request was opened in, as a W3C traceparent: every attempt at it, the scoring worker's
     * included, joins that trace (see {@code SubmissionTraceInterceptor}). Null outside any trace.
     */
    @Column(name = "trace_parent", length = 55)
    public String traceParent;

    /** Whoever opens a request, it remembers the trace of the submission (or re-scoring) that opened it. */
    @PrePersist
    void rememberTrace() {
        if (traceParent == null) {
            traceParent = TraceParent.current().orElse(null);
        }
    }

    /** The newest request of a version, pending or not. */
    public static Optional<ScoringRequest> latestOf(DraftVersion version) {
        return find("draftVersion = ?1 order by createdAt desc, id desc", version).firstResultOptional();
    }

    /** The newest request of each of these versions (by version id), in one query; versions never submitted are absent. */
    public static Map<Long, ScoringRequest> latestOf(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select r from ScoringRequest r where r.draftVersion.id in :ids"
                        + " and not exists (select n.id from ScoringRequest n where n.draftVersion = r.draftVersion"
                        + " and (n.createdAt > r.createdAt or (n.createdAt = r.createdAt and n.id > r.id)))",
                        ScoringRequest.class).setParameter("ids", versionIds).getResultStream()
                .collect(Collectors.toMap(r -> r.draftVersion.id, Function.identity()));
    }

    /** The request of a version that waits to be scored, if any. */
    public static Optional<ScoringRequest> pendingOf(DraftVersion version) {
        return find("draftVersion = ?1 and status = ?2", version, Status.PENDING).firstResultOptional();
    }
}
