package org.tradedeal.negotiation.idempotency;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table of Idempotency-Keys (migration V*__idempotency_keys.sql): each key with the fingerprint of the request that first
 * used it and, once answered, that answer. Plain SQL, not an entity: the insert must be PostgreSQL's
 * {@code ON CONFLICT DO NOTHING}, which makes a concurrent duplicate wait for the first one's commit.
 * <p>
 * A deliberate copy: kept identical to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/idempotency/IdempotencyKeys.java (only the package differs).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The first answer to a key: status, Location and JSON body; status null while it is being answered. */
    public record Answer(String fingerprint, Integer status, String location, String body, Instant createdAt) {

        boolean answered() {
            return status != null;
        }
    }

    private final IdempotencyConfig config;
    private final Clock clock = Clock.systemUTC();

    public IdempotencyKeys(IdempotencyConfig config) {
        this.config = config;
    }

    /**
     * Claims the key for this request in the caller's transaction.
     *
     * @return empty when the key is new and now this request's; else what the key already holds
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> claim(String key, String fingerprint) {
        int inserted = em().createNativeQuery("INSERT INTO idempotency_key (idempotency_key, fingerprint, created_at)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (idempotency_key) DO NOTHING")
                .setParameter(1, key).setParameter(2, fingerprint).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT fingerprint, status, location, body, created_at"
                        + " FROM idempotency_key WHERE idempotency_key = ?1 FOR UPDATE")
                .setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            // Purged between the two statements: claim it afresh.
            return claim(key, fingerprint);
        }
        Object[] row = rows.get(0);
        Answer held = new Answer((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], toInstant(row[4]));
        if (!held.answered() && held.fingerprint().equals(fingerprint)
                && held.createdAt().isBefore(clock.instant().minus(config.abandonedAfter()))) {
            // Claimed by a request that never answered (it crashed): this one takes it over.
            em().createNativeQuery("UPDATE idempotency_key SET created_at = ?2 WHERE idempotency_key = ?1")
                    .setParameter(1, key).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
            return Optional.empty();
        }
        return Optional.of(held);
    }

    /** Stores the answer of the request that claimed the key, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String key, int status, String location, String body) {
        em().createNativeQuery("UPDATE idempotency_key SET status = ?2, location = ?3, body = ?4 WHERE idempotency_key = ?1")
                .setParameter(1, key).setParameter(2, status).setParameter(3, location).setParameter(4, body)
                .executeUpdate();
    }

    /** Frees a key claimed outside a transaction whose request failed: a retry is tried afresh. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String key) {
        em().createNativeQuery("DELETE FROM idempotency_key WHERE idempotency_key = ?1 AND status IS NULL")
                .setParameter(1, key).executeUpdate();
    }

    /** Deletes the keys older than the retention. */
    @Scheduled(identity = "purge-idempotency-keys", every = "${idempotency.purge-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void purge() {
        int deleted = em().createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(config.retention()))).executeUpdate();
        if (deleted > 0) {
            Log.debugf("Purged %d Idempotency-Key(s) older than %s", deleted, config.retention());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
