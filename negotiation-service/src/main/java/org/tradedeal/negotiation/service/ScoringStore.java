package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.LockOptions;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.Evaluation;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.ScoringRequest;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.config.NegotiationConfig;
import org.tradedeal.negotiation.problem.IllegalStatusChange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The database side of scoring, one short transaction per step, so that a downstream call never runs
 * inside a transaction and every step is on disk before the next starts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ScoringStore {

    /** The versions a re-score of a whole negotiation covers: those that were scored before. */
    private static final EnumSet<DraftStatus> RESCORABLE = EnumSet.of(DraftStatus.SCORED, DraftStatus.SHARED);

    /** The versions whose status follows their scoring request's outcome. */
    private static final EnumSet<DraftStatus> WAITING = EnumSet.of(DraftStatus.SUBMITTED, DraftStatus.SCORING_PENDING);

    /** The versions that may be submitted: never scored, or scoring them failed (try again, e.g. after a fix). */
    private static final EnumSet<DraftStatus> SUBMITTABLE = EnumSet.of(DraftStatus.DRAFT, DraftStatus.SCORING_FAILED);

    private final DraftService drafts;
    private final NegotiationConfig.Scoring config;
    private final ObjectMapper json;
    private final EvaluationReader evaluations;
    private final Clock clock = Clock.systemUTC();

    public ScoringStore(DraftService drafts, NegotiationConfig config, ObjectMapper json,
                        EvaluationReader evaluations) {
        this.drafts = drafts;
        this.config = config.scoring();
        this.json = json;
        this.evaluations = evaluations;
    }

    /**
     * A request for a version, and whether the caller should attempt it now (false: it was already waiting).
     *
     * @param job what the attempt needs, read in the transaction that opened the request (so the attempt does not
     *            read it again); null when there is nothing to attempt now, or when the caller reads the jobs itself
     */
    public record Opened(long requestId, long draftId, int versionNumber, boolean attemptNow, ScoringJob job) {

        static Opened of(ScoringRequest request, boolean attemptNow) {
            DraftVersion version = request.draftVersion;
            return new Opened(request.id, version.draft.id, version.number, attemptNow, null);
        }

        /** Opened now, for an immediate attempt, with what that attempt needs. */
        static Opened withJob(ScoringRequest request) {
            DraftVersion version = request.draftVersion;
            return new Opened(request.id, version.draft.id, version.number, true, jobOf(request));
        }
    }

    /**
     * Submits a version for scoring: it becomes SUBMITTED and gets a pending request, reserved for the
     * caller's immediate attempt. Submitting a version that already waits returns its waiting request.
     */
    public Opened submit(long draftId, int number) {
        DraftVersion version = lockedVersion(draftId, number);
        Optional<ScoringRequest> waiting = ScoringRequest.pendingOf(version);
        if (waiting.isPresent()) {
            return Opened.of(waiting.get(), false);
        }
        if (!SUBMITTABLE.contains(version.status)) {
            throw new IllegalStatusChange("Draft version " + version.draft.id + "/v" + version.number
                    + " (use rescoring for a scored version)", version.status, DraftStatus.SUBMITTED, SUBMITTABLE);
        }
        version.moveTo(DraftStatus.SUBMITTED, now());
        return Opened.withJob(open(version, ScoringRequest.Reason.SUBMISSION));
    }

    /** Asks for a new evaluation of a version that was scored before (the rules or the data may have changed). */
    public Opened rescore(long draftId, int number) {
        Opened opened = rescore(lockedVersion(draftId, number));
        return opened.attemptNow() ? Opened.withJob(ScoringRequest.findById(opened.requestId())) : opened;
    }

    /**
     * A version of a draft of the caller's side, read under a row lock (in the caller's transaction, so the draft
     * and negotiation the checks read are read once): concurrent submissions of one version queue here, so the
     * second sees the first one's request and does not open another.
     */
    private DraftVersion lockedVersion(long draftId, int number) {
        drafts.own(draftId);
        return DraftVersion.<DraftVersion>find("draft.id = ?1 and number = ?2", draftId, number)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseGet(() -> drafts.version(draftId, number)); // throws the not-found the caller is owed
    }

    private Opened rescore(DraftVersion version) {
        Optional<ScoringRequest> waiting = ScoringRequest.pendingOf(version);
        if (waiting.isPresent()) {
            return Opened.of(waiting.get(), false);
        }
        if (version.status == DraftStatus.SCORING_FAILED) {
            // Re-scoring a version whose scoring failed is submitting it again.
            version.moveTo(DraftStatus.SUBMITTED, now());
            return Opened.of(open(version, ScoringRequest.Reason.SUBMISSION), true);
        }
        if (!RESCORABLE.contains(version.status)) {
            throw new IllegalStatusChange("Draft version " + version.draft.id + "/v" + version.number
                    + " (submit it first)", version.status, "rescored", RESCORABLE);
        }
        return Opened.of(open(version, ScoringRequest.Reason.RESCORE), true);
    }

    /** Opens a re-score request for every scored version of one side's drafts in the negotiation. */
    public List<Opened> rescoreAll(long negotiationId, String side) {
        List<DraftVersion> versions = DraftVersion.<DraftVersion>find(
                        "draft.negotiation.id = ?1 and draft.side = ?2 and status in ?3 order by draft.id, number",
                        negotiationId, side, RESCORABLE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return versions.stream().map(this::rescore).toList();
    }

    private ScoringRequest open(DraftVersion version, ScoringRequest.Reason reason) {
        ScoringRequest request = new ScoringRequest();
        request.draftVersion = version;
        request.reason = reason;
        request.status = ScoringRequest.Status.PENDING;
        request.createdAt = now();
        request.nextAttemptAt = request.createdAt.plus(config.lease());
        request.persist();
        return request;
    }

    /**
     * What the attempt at a request needs; empty when the request is no longer pending. Runs in a
     * transaction of its own so that the entities it reads do not linger, stale, in the caller's session.
     */
    public Optional<ScoringJob> job(long requestId) {
        return ScoringRequest.<ScoringRequest>findByIdOptional(requestId)
                .filter(request -> request.status == ScoringRequest.Status.PENDING)
                .map(ScoringStore::jobOf);
    }

    private static ScoringJob jobOf(ScoringRequest request) {
        DraftVersion version = request.draftVersion;
        ProposalDraft draft = version.draft;
        Negotiation negotiation = draft.negotiation;
        return new ScoringJob(request.id, draft.id, version.number, version.content,
                negotiation.counterpartOf(draft.side), draft.side,
                negotiation.baselineYear, negotiation.targetRatePct, negotiation.deadline,
                request.traceParent, request.attempts + 1);
    }

    /** What the attempts at several requests need, read in one transaction; those no longer pending are left out. */
    public List<ScoringJob> jobs(List<Long> requestIds) {
        return requestIds.stream().map(this::job).flatMap(Optional::stream).toList();
    }

    /** One answer of rules-service, for {@link #recordEvaluations}. */
    public record Answer(long requestId, JsonNode result, RulesEvaluation parsed) {
    }

    /**
     * Stores several answers as {@link #recordEvaluation} does each, in one transaction (a chunk of a re-scoring).
     *
     * @return the id of each request's evaluation, in the order of the answers
     */
    public List<Long> recordEvaluations(List<Answer> answers) {
        return answers.stream().map(answer -> recordEvaluation(answer.requestId(), answer.result(), answer.parsed())).toList();
    }

    /**
     * Stores rules-service's answer as the request's one evaluation and marks the version SCORED. When
     * another attempt finished the request first, its evaluation stands and this answer is dropped.
     *
     * @return the id of the request's evaluation
     */
    public long recordEvaluation(long requestId, JsonNode result, RulesEvaluation parsed) {
        ScoringRequest request = lock(requestId);
        if (request.status == ScoringRequest.Status.DONE) {
            return Evaluation.<Evaluation>find("scoringRequest", request).firstResult().id;
        }
        DraftVersion version = request.draftVersion;
        Evaluation evaluation = new Evaluation();
        evaluation.draftVersion = version;
        evaluation.scoringRequest = request;
        evaluation.score = parsed.score();
        evaluation.verdict = parsed.verdict();
        evaluation.rulesetName = parsed.ruleset().name();
        evaluation.rulesetVersion = parsed.ruleset().version();
        evaluation.rulesetHash = parsed.ruleset().contentHash();
        evaluation.dataVintage = parsed.dataVintage();
        evaluation.evaluatedAt = now();
        evaluation.result = result;
        Evaluation.latestOf(version).ifPresent(previous -> evaluation.changes = json.valueToTree(
                ScoreChanges.between(previous.id, evaluations.read(previous.result), parsed)));
        evaluation.persist();

        request.status = ScoringRequest.Status.DONE;
        request.attempts++;
        request.completedAt = evaluation.evaluatedAt;
        request.lastError = null;
        if (WAITING.contains(version.status)) {
            version.moveTo(DraftStatus.SCORED, evaluation.evaluatedAt);
        }
        return evaluation.id;
    }

    /** What changed since the version's previous evaluation, as stored with the evaluation; null for a first one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonNode changesOf(long evaluationId) {
        return Evaluation.<Evaluation>findByIdOptional(evaluationId).map(evaluation -> evaluation.changes).orElse(null);
    }

    /** A downstream could not answer: the request waits, with a longer wait after each failed attempt. */
    public Instant recordTransientFailure(long requestId, String error) {
        ScoringRequest request = lock(requestId);
        if (request.status != ScoringRequest.Status.PENDING) {
            return null;
        }
        request.attempts++;
        request.lastError = truncate(error);
        request.nextAttemptAt = now().plus(backoff(request.attempts));
        if (request.draftVersion.status == DraftStatus.SUBMITTED) {
            request.draftVersion.moveTo(DraftStatus.SCORING_PENDING, now());
        }
        return request.nextAttemptAt;
    }

    /**
     * Scoring is impossible as things stand: the request ends FAILED with the reason, and a version that
     * waited for it becomes SCORING_FAILED (a re-score of a scored version keeps its status and evaluation).
     */
    public void recordPermanentFailure(long requestId, String error) {
        ScoringRequest request = lock(requestId);
        if (request.status != ScoringRequest.Status.PENDING) {
            return;
        }
        request.attempts++;
        fail(request, error);
    }

    /**
     * The attempt failed on this request itself (a downstream's 500 for it, an unreadable answer). It waits
     * like an outage, until it has failed so {@code max-request-failures} times: then it fails for good.
     *
     * @return when the next attempt is due; empty when the request is now FAILED
     */
    public Optional<Instant> recordRequestFailure(long requestId, String error) {
        ScoringRequest request = lock(requestId);
        if (request.status != ScoringRequest.Status.PENDING) {
            return Optional.ofNullable(request.status == ScoringRequest.Status.DONE ? null : request.nextAttemptAt);
        }
        request.attempts++;
        request.requestFailures++;
        if (request.requestFailures >= config.maxRequestFailures()) {
            fail(request, error + " (failed " + request.requestFailures + " times)");
            return Optional.empty();
        }
        request.lastError = truncate(error);
        request.nextAttemptAt = now().plus(backoff(request.attempts));
        if (request.draftVersion.status == DraftStatus.SUBMITTED) {
            request.draftVersion.moveTo(DraftStatus.SCORING_PENDING, now());
        }
        return Optional.of(request.nextAttemptAt);
    }

    private void fail(ScoringRequest request, String error) {
        request.status = ScoringRequest.Status.FAILED;
        request.lastError = truncate(error);
        request.completedAt = now();
        DraftVersion version = request.draftVersion;
        if (WAITING.contains(version.status)) {
            version.moveTo(DraftStatus.SCORING_FAILED, now());
        }
    }

    /**
     * Takes up to {@code limit} requests whose time has come, reserving each for the lease time. Rows
     * another replica is taking at this moment are skipped, not waited for.
     */
    public List<Long> claimDue(int limit) {
        List<ScoringRequest> due = ScoringRequest.<ScoringRequest>find(
                        "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", ScoringRequest.Status.PENDING, now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, limit)
                .list();
        Instant leaseEnd = now().plus(config.lease());
        due.forEach(request -> request.nextAttemptAt = leaseEnd);
        return due.stream().map(request -> request.id).toList();
    }

    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static ScoringRequest lock(long requestId) {
        return Panache.getEntityManager().find(ScoringRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 997) + "...";
    }
}
