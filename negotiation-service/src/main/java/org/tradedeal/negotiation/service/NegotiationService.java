package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.NegotiationStatus;
import org.tradedeal.negotiation.problem.InvalidInput;
import org.tradedeal.negotiation.problem.NegotiationNotFound;
import org.tradedeal.negotiation.problem.StaleVersion;
import org.tradedeal.negotiation.mapping.NegotiationMapper;
import org.tradedeal.negotiation.security.Caller;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NegotiationService {

    private static final String AUDITED = "Negotiation";

    private final AuditTrail audit;
    private final NegotiationMapper mapper;
    private final Caller caller;

    public NegotiationService(AuditTrail audit, NegotiationMapper mapper, Caller caller) {
        this.audit = audit;
        this.mapper = mapper;
        this.caller = caller;
    }

    public List<Negotiation> listAll() {
        return Negotiation.list("deletedAt is null", Sort.by("id"));
    }

    /** @throws NegotiationNotFound when there is none with that id */
    public Negotiation get(long id) {
        return Negotiation.<Negotiation>findByIdOptional(id).filter(negotiation -> negotiation.deletedAt == null)
                .orElseThrow(() -> new NegotiationNotFound(id));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Negotiation open(@NotNull @Valid Negotiation negotiation) {
        requireTwoSides(negotiation);
        normalise(negotiation);
        if (negotiation.status == null) {
            negotiation.status = NegotiationStatus.ACTIVE;
        }
        // As PostgreSQL keeps it (microseconds), so the state the audit hashes now is the state read back later.
        negotiation.createdAt = Instant.now(Clock.systemUTC()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        negotiation.persist();
        negotiation.flush();
        audit.record("OPENED", AUDITED, negotiation.id, null, mapper.toView(negotiation));
        Log.debugf("Opened negotiation %d between %s and %s", negotiation.id, negotiation.ourSide, negotiation.otherSide);
        return negotiation;
    }

    /**
     * Replaces the negotiation's fields with {@code changes}.
     *
     * @param expectedVersion the version the caller read; another one means someone changed it since
     * @throws StaleVersion when the negotiation changed since the caller read it
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Negotiation update(long id, long expectedVersion, @NotNull @Valid Negotiation changes) {
        requireTwoSides(changes);
        normalise(changes);
        Negotiation negotiation = get(id);
        if (negotiation.version != expectedVersion) {
            throw StaleVersion.of("Negotiation", id, expectedVersion, negotiation.version);
        }
        Object before = mapper.toView(negotiation);
        negotiation.title = changes.title;
        negotiation.ourSide = changes.ourSide;
        negotiation.otherSide = changes.otherSide;
        negotiation.targetRatePct = changes.targetRatePct;
        negotiation.deadline = changes.deadline;
        negotiation.baselineYear = changes.baselineYear;
        if (changes.status != null) {
            negotiation.status = changes.status;
        }
        // Flush here so a concurrent change surfaces as an OptimisticLockException inside this call (409).
        negotiation.flush();
        audit.record("CHANGED", AUDITED, id, before, mapper.toView(negotiation));
        return negotiation;
    }

    /**
     * Deletes the negotiation: its row stays (deleted_at, deleted_by) with its roadmap, drafts and evaluations,
     * and no read finds any of them again.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(long id) {
        Negotiation negotiation = get(id);
        Object before = mapper.toView(negotiation);
        negotiation.markDeleted(caller.name(), Instant.now(Clock.systemUTC()));
        negotiation.flush();
        audit.record("DELETED", AUDITED, id, before, null);
        Log.debugf("Deleted negotiation %d", id);
    }

    /** Rates are kept to the hundredth of a point, as stored; the API shows them the same way every time. */
    private static void normalise(Negotiation negotiation) {
        negotiation.targetRatePct = negotiation.targetRatePct.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void requireTwoSides(Negotiation negotiation) {
        if (negotiation.ourSide != null && negotiation.ourSide.equals(negotiation.otherSide)) {
            throw new InvalidInput(List.of(new InvalidInput.Violation("otherSide",
                    "must differ from ourSide: a negotiation has two sides")));
        }
    }
}
