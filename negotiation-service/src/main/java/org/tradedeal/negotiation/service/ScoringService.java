package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.client.DownstreamError;
import org.tradedeal.negotiation.client.DownstreamRejection;
import org.tradedeal.negotiation.security.SideAccess;
import org.tradedeal.negotiation.client.EvaluationRequest;
import org.tradedeal.negotiation.client.RulesBaseline;
import org.tradedeal.negotiation.client.RulesGateway;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.client.TradeDataGateway;
import org.tradedeal.negotiation.config.NegotiationConfig;
import org.tradedeal.negotiation.tracing.InSubmissionTrace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores draft versions: the version and its scoring request are stored first, then the baseline comes
 * from trade-data-service and the score from rules-service. When a downstream is down or slow the
 * request waits (the version is SCORING_PENDING) and {@link ScoringWorker} tries again later; the
 * draft is never lost. No transaction is open while a downstream is called.
 */
@ApplicationScoped
public class ScoringService {

    private final ScoringStore store;
    private final NegotiationService negotiations;
    private final SideAccess access;
    private final TradeDataGateway tradeData;
    private final RulesGateway rules;
    private final EvaluationReader evaluations;
    private final MeterRegistry metrics;
    private final int rescoreChunkSize;

    public ScoringService(ScoringStore store, NegotiationService negotiations, SideAccess access,
                          TradeDataGateway tradeData, RulesGateway rules, EvaluationReader evaluations, MeterRegistry metrics,
                          NegotiationConfig config) {
        this.store = store;
        this.negotiations = negotiations;
        this.access = access;
        this.tradeData = tradeData;
        this.rules = rules;
        this.evaluations = evaluations;
        this.metrics = metrics;
        this.rescoreChunkSize = config.scoring().rescoreChunkSize();
    }

    /** Submits a version of the caller's side for scoring and tries to score it at once. */
    public ScoringOutcome submit(long draftId, int number) {
        return attemptIfOpened(store.submit(draftId, number)); // the store checks the draft is the caller's side's
    }

    /** Scores a scored version again, e.g. after the rules or the trade data changed. */
    public ScoringOutcome rescore(long draftId, int number) {
        return attemptIfOpened(store.rescore(draftId, number));
    }

    /**
     * The outcome of scoring one version; when it was scored, what changed since its previous evaluation
     * and why (the stored {@code ScoreChange}).
     */
    public record VersionOutcome(long draftId, int version, ScoringOutcome outcome, JsonNode changes) {
    }

    /**
     * Re-scores every scored version of the caller's side in a negotiation (the other side's scores are not
     * the caller's to see); the outcome of each, by draft and version.
     */
    public List<VersionOutcome> rescoreAll(long negotiationId) {
        String side = access.requireParty(negotiations.get(negotiationId));
        List<ScoringStore.Opened> opened = store.rescoreAll(negotiationId, side);
        List<VersionOutcome> outcomes = new ArrayList<>(opened.size());
        for (int from = 0; from < opened.size(); from += rescoreChunkSize) {
            List<ScoringStore.Opened> chunk = opened.subList(from, Math.min(opened.size(), from + rescoreChunkSize));
            Map<Long, ScoringOutcome> scored = attemptChunk(chunk.stream()
                    .filter(ScoringStore.Opened::attemptNow).map(ScoringStore.Opened::requestId).toList());
            for (ScoringStore.Opened one : chunk) {
                ScoringOutcome outcome = one.attemptNow() ? scored.get(one.requestId())
                        : new ScoringOutcome.Pending(null, "already waiting to be scored");
                JsonNode changes = outcome instanceof ScoringOutcome.Scored done ? store.changesOf(done.evaluationId()) : null;
                outcomes.add(new VersionOutcome(one.draftId(), one.versionNumber(), outcome, changes));
            }
        }
        return outcomes;
    }

    /**
     * Scores a chunk of requests with one call to rules-service's batch endpoint and stores the evaluations in one
     * transaction. When the batch cannot be scored whole (a downstream down, one malformed draft, an answer that
     * cannot be read), each request is attempted on its own, so that each gets its own outcome as before.
     */
    private Map<Long, ScoringOutcome> attemptChunk(List<Long> requestIds) {
        Map<Long, ScoringOutcome> outcomes = new HashMap<>();
        if (requestIds.isEmpty()) {
            return outcomes;
        }
        try {
            List<ScoringJob> jobs = store.jobs(requestIds);
            Map<List<Object>, JsonNode> baselines = new HashMap<>();
            List<JsonNode> usedBaselines = new ArrayList<>(jobs.size());
            List<EvaluationRequest> requests = new ArrayList<>(jobs.size());
            for (ScoringJob job : jobs) {
                JsonNode baseline = baselines.computeIfAbsent(List.of(job.reporter(), job.partner(), job.baselineYear()),
                        pair -> tradeData.baseline(job.reporter(), job.partner(), job.baselineYear()));
                usedBaselines.add(baseline);
                requests.add(new EvaluationRequest(job.content(), RulesBaseline.of(baseline), job.targetRatePct(), job.deadline()));
            }
            List<JsonNode> answers = jobs.isEmpty() ? List.of() : rules.evaluateAll(requests);
            if (answers.size() != jobs.size()) {
                throw new DownstreamError("rules-service answered " + answers.size() + " evaluations for " + jobs.size());
            }
            List<ScoringStore.Answer> parsed = new ArrayList<>(jobs.size());
            for (int i = 0; i < jobs.size(); i++) {
                parsed.add(new ScoringStore.Answer(jobs.get(i).requestId(), answers.get(i), parse(answers.get(i), usedBaselines.get(i))));
            }
            List<Long> evaluationIds = store.recordEvaluations(parsed);
            for (int i = 0; i < jobs.size(); i++) {
                outcomes.put(jobs.get(i).requestId(), new ScoringOutcome.Scored(evaluationIds.get(i)));
                count("scored");
            }
            Log.debugf("Re-scored %d version(s) in one batch", jobs.size());
        } catch (RuntimeException batchFailed) {
            Log.debugf("A re-scoring batch of %d failed (%s); scoring each on its own", requestIds.size(), batchFailed.getMessage());
            outcomes.clear();
        }
        for (long requestId : requestIds) {
            outcomes.computeIfAbsent(requestId, id -> attempt(id.longValue()));
        }
        return outcomes;
    }

    private ScoringOutcome attemptIfOpened(ScoringStore.Opened opened) {
        if (opened.attemptNow()) {
            // The transaction that opened the request read what the attempt needs: no second read.
            return attempt(opened.job());
        }
        // Already waiting (another submission, or the worker has it): report that, do not score twice.
        return new ScoringOutcome.Pending(null, "already waiting to be scored");
    }

    /** One attempt at one request (the worker's); records the outcome before returning it. */
    public ScoringOutcome attempt(long requestId) {
        return store.job(requestId).map(this::attempt)
                .orElseGet(() -> new ScoringOutcome.Pending(null, "no longer pending"));
    }

    /** One attempt at one request, with what it needs read; records the outcome before returning it. */
    @InSubmissionTrace // (operations) the attempt joins the trace of the submission, even as a worker's retry
    public ScoringOutcome attempt(ScoringJob job) {
        long requestId = job.requestId();
        try {
            JsonNode baseline = tradeData.baseline(job.reporter(), job.partner(), job.baselineYear());
            JsonNode answer = rules.evaluate(
                    new EvaluationRequest(job.content(), RulesBaseline.of(baseline), job.targetRatePct(), job.deadline()));
            RulesEvaluation parsed = parse(answer, baseline);
            long evaluationId = store.recordEvaluation(requestId, answer, parsed);
            count("scored");
            Log.debugf("Scored draft %d v%d: %s (evaluation %d)", job.draftId(), job.versionNumber(), parsed.score(),
                    evaluationId);
            return new ScoringOutcome.Scored(evaluationId);
        } catch (DownstreamError error) {
            // Up, but failing on this one request (a poison draft): try again a few times, then give up on it.
            String reason = error.getMessage();
            Optional<Instant> next = store.recordRequestFailure(requestId, reason);
            if (next.isEmpty()) {
                count("failed");
                Log.warnf("Draft %d v%d cannot be scored, it failed every time: %s", job.draftId(), job.versionNumber(),
                        reason);
                return new ScoringOutcome.Failed(reason, null);
            }
            count("pending");
            Log.warnf("Draft %d v%d failed to score (next attempt %s): %s", job.draftId(), job.versionNumber(),
                    next.get(), reason);
            return new ScoringOutcome.Pending(next.get(), reason);
        } catch (DownstreamRejection rejection) {
            store.recordPermanentFailure(requestId, rejection.getMessage());
            count("failed");
            Log.infof("Draft %d v%d cannot be scored: %s", job.draftId(), job.versionNumber(), rejection.getMessage());
            return new ScoringOutcome.Failed(rejection.getMessage(), rejection.problem());
        } catch (RuntimeException unavailable) {
            // Timeouts, refused connections, 502/503/504, an open circuit breaker: an outage; it may pass, so wait.
            String error = unavailable.getClass().getSimpleName() + ": " + unavailable.getMessage();
            Instant next = store.recordTransientFailure(requestId, error);
            count("pending");
            Log.warnf("Draft %d v%d waits to be scored (next attempt %s): %s", job.draftId(), job.versionNumber(),
                    next, error);
            return new ScoringOutcome.Pending(next, error);
        }
    }

    /** Reads the fields this service relies on; an answer without them is a failure of this request. */
    private RulesEvaluation parse(JsonNode answer, JsonNode baseline) {
        RulesEvaluation parsed = evaluations.read(answer);
        if (parsed.score() == null || parsed.verdict() == null || parsed.ruleset() == null
                || parsed.ruleset().name() == null || parsed.ruleset().version() == null) {
            throw new DownstreamError("rules-service answered without score, verdict or ruleset");
        }
        if (parsed.dataVintage() == null) {
            String vintage = baseline.path("dataVintage").asText(null);
            parsed = new RulesEvaluation(parsed.score(), parsed.verdict(), parsed.concerns(), parsed.projection(),
                    parsed.gaps(), parsed.warnings(), parsed.firedRules(), parsed.ruleset(), vintage == null ? "unknown" : vintage);
        }
        return parsed;
    }

    private void count(String outcome) {
        metrics.counter("negotiation.scoring.attempts", "outcome", outcome).increment();
    }
}
