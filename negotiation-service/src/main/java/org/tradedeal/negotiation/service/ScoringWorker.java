package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.config.NegotiationConfig;

import java.util.List;

/**
 * Scores the drafts that wait because a downstream was down, once it answers again. Each request has
 * its own backoff (see {@link ScoringStore#recordTransientFailure}); replicas share the work through
 * row locks, so two replicas never take the same request.
 */
@ApplicationScoped
public class ScoringWorker {

    private final ScoringStore store;
    private final ScoringService scoring;
    private final int batchSize;

    public ScoringWorker(ScoringStore store, ScoringService scoring, NegotiationConfig config) {
        this.store = store;
        this.scoring = scoring;
        this.batchSize = config.scoring().batchSize();
    }

    @Scheduled(identity = "score-waiting-drafts", every = "${negotiation.scoring.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scoreWaitingDrafts() {
        List<Long> due = store.claimDue(batchSize);
        if (!due.isEmpty()) {
            Log.debugf("Scoring %d waiting request(s)", due.size());
        }
        due.forEach(scoring::attempt);
    }
}
