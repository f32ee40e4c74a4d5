package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.negotiation.client.DownstreamError;
import org.tradedeal.negotiation.client.DownstreamRejection;
import org.tradedeal.negotiation.security.SideAccess;
import org.tradedeal.negotiation.client.EvaluationRequest;
import org.tradedeal.negotiation.client.RulesGateway;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.client.TradeDataGateway;
import org.tradedeal.negotiation.tracing.InSubmissionTrace;

import java.time.Instant;
import java.util.List;
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
    private final DraftService drafts;
    private final SideAccess access;
    private final TradeDataGateway tradeData;
    private final RulesGateway rules;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public ScoringService(ScoringStore store, NegotiationService negotiations, DraftService drafts, SideAccess access,
                          TradeDataGateway tradeData, RulesGateway rules, ObjectMapper json, MeterRegistry metrics) {
        this.store = store;
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.access = access;
        this.tradeData = tradeData;
        this.rules = rules;
        this.json = json;
        this.metrics = metrics;
    }

    /** Submits a version of the caller's side for scoring and tries to score it at once. */
    public ScoringOutcome submit(long draftId, int number) {
        drafts.own(draftId);
        return attemptIfOpened(store.submit(draftId, number));
    }

    /** Scores a scored version again, e.g. after the rules or the trade data changed. */
    public ScoringOutcome rescore(long draftId, int number) {
        drafts.own(draftId);
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
        return store.rescoreAll(negotiationId, side).stream()
                .map(opened -> {
                    ScoringOutcome outcome = attemptIfOpened(opened);
                    JsonNode changes = outcome instanceof ScoringOutcome.Scored scored
                            ? store.changesOf(scored.evaluationId()) : null;
                    return new VersionOutcome(opened.draftId(), opened.versionNumber(), outcome, changes);
                })
                .toList();
    }

    private ScoringOutcome attemptIfOpened(ScoringStore.Opened opened) {
        if (opened.attemptNow()) {
            return attempt(opened.requestId());
        }
        // Already waiting (another submission, or the worker has it): report that, do not score twice.
        return new ScoringOutcome.Pending(null, "already waiting to be scored");
    }

    /** One attempt at one request; records the outcome before returning it. */
    @InSubmissionTrace // (operations) the attempt joins the trace of the submission, even as a worker's retry
    public ScoringOutcome attempt(long requestId) {
        Optional<ScoringJob> found = store.job(requestId);
        if (found.isEmpty()) {
            return new ScoringOutcome.Pending(null, "no longer pending");
        }
        ScoringJob job = found.get();
        try {
            JsonNode baseline = tradeData.baseline(job.reporter(), job.partner(), job.baselineYear());
            JsonNode answer = rules.evaluate(
                    new EvaluationRequest(job.content(), baseline, job.targetRatePct(), job.deadline()));
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
        RulesEvaluation parsed = json.convertValue(answer, RulesEvaluation.class);
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
