package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tradedeal.negotiation.config.NegotiationConfig;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores the drafts that wait because a downstream was down, once it answers again. Each request has
 * its own backoff (see {@link ScoringStore#recordTransientFailure}); replicas share the work through
 * row locks, so two replicas never take the same request. A pass scores up to {@code parallelism}
 * requests at a time, so one slow or failing draft never holds up the others, and claims the next batch
 * at once while it keeps finding full ones, so a backlog drains without waiting for the next poll.
 */
@ApplicationScoped
public class ScoringWorker {

    private final ScoringStore store;
    private final ScoringService scoring;
    private final int batchSize;
    private final ExecutorService pool;
    private volatile boolean stopping;

    public ScoringWorker(ScoringStore store, ScoringService scoring, NegotiationConfig config) {
        this.store = store;
        this.scoring = scoring;
        this.batchSize = config.scoring().batchSize();
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(config.scoring().parallelism(), task -> {
            Thread thread = new Thread(task, "scoring-worker-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(identity = "score-waiting-drafts", every = "${negotiation.scoring.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scoreWaitingDrafts() {
        List<Long> due;
        do {
            due = store.claimDue(batchSize);
            if (!due.isEmpty()) {
                Log.debugf("Scoring %d waiting request(s)", due.size());
            }
            CompletableFuture.allOf(due.stream()
                    .map(requestId -> CompletableFuture.runAsync(() -> attempt(requestId), pool))
                    .toArray(CompletableFuture[]::new)).join();
        } while (due.size() == batchSize && !stopping);
    }

    private void attempt(long requestId) {
        try {
            scoring.attempt(requestId);
        } catch (RuntimeException unexpected) {
            // The request keeps its lease and is taken again when it ends; the others of the batch go on.
            Log.errorf(unexpected, "Scoring request %d failed unexpectedly", requestId);
        }
    }

    /** Lets the attempts under way finish (their outcome is recorded) and claims nothing more. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            Log.warn("Scoring attempts still under way at shutdown; their requests are taken again after the lease");
        }
    }
}
