package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.negotiation.DraftContent;
import org.tradedeal.negotiation.DraftOverview;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.Evaluation;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.PurchaseCommitment;
import org.tradedeal.negotiation.VersionState;
import org.tradedeal.negotiation.problem.DraftNotFound;
import org.tradedeal.negotiation.problem.DraftVersionNotFound;
import org.tradedeal.negotiation.problem.IllegalStatusChange;
import org.tradedeal.negotiation.problem.InvalidInput;
import org.tradedeal.negotiation.problem.NotYourSide;
import org.tradedeal.negotiation.problem.StaleVersion;
import org.tradedeal.negotiation.mapping.DraftMapper;
import org.tradedeal.negotiation.security.Caller;
import org.tradedeal.negotiation.security.SideAccess;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposal drafts and their immutable versions. Every read and change asks {@link SideAccess}: a caller sees
 * the drafts of its side and the versions the other side shared, and changes only its own side's drafts; the
 * author of a version is the caller, never a name from the request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DraftService {

    private final NegotiationService negotiations;
    private final SideAccess access;
    private final Caller caller;
    private final AuditTrail audit;
    private final DraftMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public DraftService(NegotiationService negotiations, SideAccess access, Caller caller, AuditTrail audit,
                        DraftMapper mapper) {
        this.negotiations = negotiations;
        this.access = access;
        this.caller = caller;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** The negotiation's drafts the caller may see: its side's, and those with a version shared with it. */
    public List<ProposalDraft> listByNegotiation(long negotiationId) {
        negotiations.get(negotiationId);
        return ProposalDraft.<ProposalDraft>list("negotiation.id = ?1 order by id", negotiationId).stream()
                .filter(this::mayRead).toList();
    }

    /**
     * @throws DraftNotFound when there is none with that id
     * @throws NotYourSide   when it is the other side's and none of its versions was shared
     */
    public ProposalDraft get(long draftId) {
        ProposalDraft draft = find(draftId);
        if (!mayRead(draft)) {
            throw new NotYourSide("Draft " + draftId + " belongs to the other side and none of its versions was shared");
        }
        return draft;
    }

    /**
     * A draft of the caller's own side, for a change.
     *
     * @throws NotYourSide when it belongs to another side
     */
    public ProposalDraft own(long draftId) {
        ProposalDraft draft = find(draftId);
        access.requireWrite(draft);
        return draft;
    }

    /** A draft of a negotiation that was not deleted. */
    private static ProposalDraft find(long draftId) {
        return ProposalDraft.<ProposalDraft>findByIdOptional(draftId)
                .filter(draft -> Negotiation.<Negotiation>findByIdOptional(draft.negotiation.id)
                        .filter(negotiation -> negotiation.deletedAt == null).isPresent())
                .orElseThrow(() -> new DraftNotFound(draftId));
    }

    private boolean mayRead(ProposalDraft draft) {
        return access.isOwnSide(draft)
                || DraftVersion.count("draft = ?1 and status = ?2", draft, DraftStatus.SHARED) > 0;
    }

    /** How many of a draft's newest versions its overview carries; the rest are read a page at a time. */
    public static final int OVERVIEW_VERSIONS = 100;

    /** One page of a draft's versions, oldest first, and how many versions the caller may see in all. */
    public record VersionPage(List<VersionState> versions, long total) {
    }

    /**
     * The versions of a draft the caller may see (all of its own side's; the shared ones of another), oldest first,
     * one page at a time: memory stays bounded by the page whatever the number of versions.
     *
     * @param page zero-based
     */
    public VersionPage versionPage(long draftId, int page, int size) {
        Visible visible = visible(get(draftId));
        long total = DraftVersion.count(visible.query(), visible.parameters());
        long offset = (long) page * size;
        if (offset >= total) {
            return new VersionPage(List.of(), total);
        }
        List<DraftVersion> versions = DraftVersion.<DraftVersion>find(visible.query() + " order by number",
                visible.parameters()).range((int) offset, (int) Math.min(total, offset + size) - 1).list();
        return new VersionPage(VersionState.ofAll(versions), total);
    }

    /**
     * The draft with its newest {@value #OVERVIEW_VERSIONS} versions the caller may see and their latest scores
     * (read without the stored evaluations), and how many it may see in all.
     */
    public DraftOverview overview(ProposalDraft draft) {
        Visible visible = visible(draft);
        long total = DraftVersion.count(visible.query(), visible.parameters());
        List<DraftVersion> newest = new ArrayList<>(DraftVersion.<DraftVersion>find(
                visible.query() + " order by number desc", visible.parameters()).range(0, OVERVIEW_VERSIONS - 1).list());
        Collections.reverse(newest);
        Map<Long, Evaluation.Score> scores = Evaluation.latestScoresOf(newest.stream().map(v -> v.id).toList());
        return new DraftOverview(draft, newest.stream().map(version -> {
            Evaluation.Score score = scores.get(version.id);
            return new DraftOverview.ScoredVersion(version, score == null ? null : score.score(),
                    score == null ? null : score.verdict());
        }).toList(), total);
    }

    /** The overview of a draft the caller may see. */
    public DraftOverview overview(long draftId) {
        return overview(get(draftId));
    }

    /** The newest version of a draft the caller may see. */
    public DraftVersion latestVersion(ProposalDraft draft) {
        Visible visible = visible(draft);
        return DraftVersion.<DraftVersion>find(visible.query() + " order by number desc", visible.parameters())
                .firstResult();
    }

    /** The newest evaluation of the newest scored version of a draft the caller may see, if one was scored. */
    public Optional<Evaluation> latestEvaluation(ProposalDraft draft) {
        boolean own = access.isOwnSide(draft);
        return Evaluation.<Evaluation>find("draftVersion.draft.id = ?1" + (own ? "" : " and draftVersion.status = ?2")
                        + " order by draftVersion.number desc, evaluatedAt desc, id desc",
                own ? new Object[]{draft.id} : new Object[]{draft.id, DraftStatus.SHARED}).firstResultOptional();
    }

    /** The condition on a draft's versions that keeps those the caller may see, as {@link SideAccess#mayRead} does. */
    private record Visible(String query, Object... parameters) {
    }

    private Visible visible(ProposalDraft draft) {
        return access.isOwnSide(draft) ? new Visible("draft.id = ?1", draft.id)
                : new Visible("draft.id = ?1 and status = ?2", draft.id, DraftStatus.SHARED);
    }

    /**
     * @throws DraftNotFound        when there is no such draft, or its negotiation was deleted
     * @throws DraftVersionNotFound when the draft has no version with that number
     * @throws NotYourSide          when the version is the other side's and was not shared
     */
    public DraftVersion version(long draftId, int number) {
        find(draftId); // the drafts of a deleted negotiation are gone, their versions with them
        DraftVersion version = DraftVersion.<DraftVersion>find("draft.id = ?1 and number = ?2", draftId, number)
                .firstResultOptional()
                .orElseThrow(() -> {
                    get(draftId);
                    return new DraftVersionNotFound(draftId, number);
                });
        access.requireRead(version);
        return version;
    }

    /** A version with its newest evaluation and scoring request. */
    public VersionState state(long draftId, int number) {
        return VersionState.of(version(draftId, number));
    }

    /** Every evaluation of a version, oldest first. */
    public List<Evaluation> evaluations(long draftId, int number) {
        DraftVersion version = version(draftId, number);
        return Evaluation.list("draftVersion = ?1 order by evaluatedAt, id", version);
    }

    /**
     * Starts a draft of the caller's side with its first version.
     *
     * @throws NotYourSide when the caller's side is not a party to the negotiation
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public DraftVersion create(long negotiationId, @NotBlank String title, String note,
                               @NotNull @Valid DraftContent content) {
        Negotiation negotiation = negotiations.get(negotiationId);
        String proposingSide = access.requireParty(negotiation);
        requireFitsNegotiation(negotiation, proposingSide, content);
        ProposalDraft draft = new ProposalDraft();
        draft.negotiation = negotiation;
        draft.side = proposingSide;
        draft.title = title;
        draft.latestVersion = 1;
        draft.createdAt = Instant.now(clock);
        draft.persist();
        DraftVersion version = newVersion(draft, 1, note, content);
        version.flush();
        audit.record("DRAFT_CREATED", "ProposalDraft", draft.id, null, mapper.toView(new DraftOverview(draft,
                List.of(new DraftOverview.ScoredVersion(version, null, null)), 1)));
        Log.debugf("Created draft %d in negotiation %d", draft.id, Long.valueOf(negotiationId));
        return version;
    }

    /**
     * Makes the edit a new version of the draft. The edit must be based on the latest version: an edit
     * of an older one would silently drop what was changed since.
     *
     * @throws StaleVersion when {@code basedOnVersion} is not the latest version
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public DraftVersion edit(long draftId, int basedOnVersion, String note, @NotNull @Valid DraftContent content) {
        own(draftId);
        // Concurrent edits of one draft queue on its row, so each sees the latest version the one before it
        // wrote: one wins, the others are a StaleVersion (409), never a unique-key violation (500).
        ProposalDraft draft = ProposalDraft.<ProposalDraft>findByIdOptional(draftId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DraftNotFound(draftId));
        if (basedOnVersion != draft.latestVersion) {
            throw StaleVersion.ofDraft(draftId, basedOnVersion, draft.latestVersion);
        }
        requireFitsNegotiation(draft.negotiation, draft.side, content);
        draft.latestVersion = basedOnVersion + 1;
        DraftVersion version = newVersion(draft, draft.latestVersion, note, content);
        // The draft's @Version still guards against a writer that does not take the lock; flushing here turns
        // that conflict into a 409 rather than an error at commit.
        draft.flush();
        audit.record("VERSION_CREATED", "DraftVersion", draftId + "/" + version.number, null,
                mapper.toView(VersionState.of(version)));
        Log.debugf("Draft %d is now at version %d", draftId, draft.latestVersion);
        return version;
    }

    /**
     * Moves a version of the caller's side along its life cycle by hand: share it with the other side (which
     * then reads it, read-only), or withdraw it.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public DraftVersion changeStatus(long draftId, int number, @NotNull DraftStatus next) {
        own(draftId);
        DraftVersion version = version(draftId, number);
        if (!version.status.manualTransitions().contains(next)) {
            throw new IllegalStatusChange("Draft version " + draftId + "/v" + number, version.status, next,
                    version.status.manualTransitions());
        }
        Object before = mapper.toView(VersionState.of(version));
        version.moveTo(next, Instant.now(clock));
        version.flush();
        audit.record(next == DraftStatus.SHARED ? "VERSION_SHARED" : "VERSION_" + next, "DraftVersion",
                draftId + "/" + number, before, mapper.toView(VersionState.of(version)));
        return version;
    }

    private DraftVersion newVersion(ProposalDraft draft, int number, String note, DraftContent content) {
        DraftVersion version = new DraftVersion();
        version.draft = draft;
        version.number = number;
        version.author = caller.name();
        version.note = note;
        version.content = content;
        version.createdAt = Instant.now(clock);
        version.moveTo(DraftStatus.DRAFT, version.createdAt);
        version.persist();
        return version;
    }

    /**
     * The checks that need the negotiation: the side is one of its two, purchases start no earlier than its
     * baseline. Shared with the preview, which judges unsaved content the way a saved version is judged.
     */
    static void requireFitsNegotiation(Negotiation negotiation, String side, DraftContent content) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (!side.equals(negotiation.ourSide) && !side.equals(negotiation.otherSide)) {
            violations.add(new InvalidInput.Violation("side", "must be one of the negotiation's sides, "
                    + negotiation.ourSide + " or " + negotiation.otherSide));
        }
        List<PurchaseCommitment> purchases = content.purchases();
        for (int i = 0; i < purchases.size(); i++) {
            if (purchases.get(i).firstYear() < negotiation.baselineYear) {
                violations.add(new InvalidInput.Violation("content.purchases[" + i + "].firstYear",
                        "must not be before the negotiation's baseline year " + negotiation.baselineYear));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
