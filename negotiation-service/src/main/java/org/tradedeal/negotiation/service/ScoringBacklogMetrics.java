package org.tradedeal.negotiation.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.ScoringRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The scoring backlog as an operator watches it: how many scoring requests wait
 * ({@code negotiation_scoring_backlog_requests}) and how long the oldest has waited since it was opened
 * ({@code negotiation_scoring_backlog_oldest_age_seconds}, 0 when none waits), both by the status of the
 * draft version: SUBMITTED (an attempt is under way, or one was cut short), SCORING_PENDING (a downstream
 * could not answer; the worker retries), SCORED or SHARED (a re-score waits). The figures are read from
 * the database every {@code negotiation.scoring.backlog-refresh}, not at each scrape, and are the same on
 * every replica (the queue is shared): aggregate them with max, not sum.
 */
@Startup
@ApplicationScoped
public class ScoringBacklogMetrics {

    /** What waits for one version status. */
    private record Backlog(long requests, Instant oldest) {
        static final Backlog NONE = new Backlog(0, null);
    }

    private final Clock clock = Clock.systemUTC();
    private volatile Map<DraftStatus, Backlog> backlog = new EnumMap<>(DraftStatus.class);

    public ScoringBacklogMetrics(MeterRegistry registry) {
        for (DraftStatus status : DraftStatus.values()) {
            Gauge.builder("negotiation.scoring.backlog.requests", () -> of(status).requests())
                    .description("Scoring requests waiting, by the status of their draft version")
                    .tag("status", status.name()).register(registry);
            Gauge.builder("negotiation.scoring.backlog.oldest.age", () -> ageOfOldest(status))
                    .description("How long the oldest waiting scoring request has waited, by the status of its draft version")
                    .baseUnit("seconds").tag("status", status.name()).register(registry);
        }
    }

    @Scheduled(identity = "scoring-backlog-metrics", every = "${negotiation.scoring.backlog-refresh:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.REQUIRED)
    void refresh() {
        Map<DraftStatus, Backlog> read = new EnumMap<>(DraftStatus.class);
        Panache.getEntityManager().createQuery("select v.status, count(r), min(r.createdAt) from ScoringRequest r"
                        + " join r.draftVersion v where r.status = :pending group by v.status", Object[].class)
                .setParameter("pending", ScoringRequest.Status.PENDING)
                .getResultStream()
                .forEach(row -> read.put((DraftStatus) row[0], new Backlog((Long) row[1], (Instant) row[2])));
        backlog = read;
    }

    private Backlog of(DraftStatus status) {
        return backlog.getOrDefault(status, Backlog.NONE);
    }

    private double ageOfOldest(DraftStatus status) {
        Instant oldest = of(status).oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
