package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.negotiation.Milestone;
import org.tradedeal.negotiation.MilestoneStatus;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.problem.InvalidInput;
import org.tradedeal.negotiation.problem.MilestoneNotFound;
import org.tradedeal.negotiation.problem.StaleVersion;
import org.tradedeal.negotiation.mapping.MilestoneMapper;
import org.tradedeal.negotiation.security.Caller;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MilestoneService {

    private static final String AUDITED = "Milestone";

    private final NegotiationService negotiations;
    private final AuditTrail audit;
    private final MilestoneMapper mapper;
    private final Caller caller;

    public MilestoneService(NegotiationService negotiations, AuditTrail audit, MilestoneMapper mapper, Caller caller) {
        this.negotiations = negotiations;
        this.audit = audit;
        this.mapper = mapper;
        this.caller = caller;
    }

    /** The roadmap's milestones, by due date. */
    public List<Milestone> listByNegotiation(long negotiationId) {
        negotiations.get(negotiationId);
        return Milestone.list("negotiation.id = ?1 and deletedAt is null order by dueDate, id", negotiationId);
    }

    /** @throws MilestoneNotFound when the negotiation has no milestone with that id */
    public Milestone get(long negotiationId, long milestoneId) {
        negotiations.get(negotiationId);
        return Milestone.<Milestone>find("id = ?1 and negotiation.id = ?2 and deletedAt is null", milestoneId, negotiationId)
                .firstResultOptional()
                .orElseThrow(() -> new MilestoneNotFound(milestoneId));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Milestone add(long negotiationId, @NotNull @Valid Milestone milestone) {
        Negotiation negotiation = negotiations.get(negotiationId);
        requireConsistent(milestone);
        milestone.negotiation = negotiation;
        milestone.persist();
        milestone.flush();
        audit.record("ADDED", AUDITED, milestone.id, null, mapper.toView(milestone));
        Log.debugf("Added milestone %d to negotiation %d", milestone.id, Long.valueOf(negotiationId));
        return milestone;
    }

    /** @throws StaleVersion when the milestone changed since the caller read {@code expectedVersion} */
    @Transactional(Transactional.TxType.REQUIRED)
    public Milestone update(long negotiationId, long milestoneId, long expectedVersion,
                            @NotNull @Valid Milestone changes) {
        requireConsistent(changes);
        Milestone milestone = get(negotiationId, milestoneId);
        if (milestone.version != expectedVersion) {
            throw StaleVersion.of("Milestone", milestoneId, expectedVersion, milestone.version);
        }
        Object before = mapper.toView(milestone);
        milestone.kind = changes.kind;
        milestone.title = changes.title;
        milestone.dueDate = changes.dueDate;
        milestone.status = changes.status;
        milestone.doneOn = changes.doneOn;
        milestone.notes = changes.notes;
        milestone.flush();
        audit.record("CHANGED", AUDITED, milestoneId, before, mapper.toView(milestone));
        return milestone;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(long negotiationId, long milestoneId) {
        Milestone milestone = get(negotiationId, milestoneId);
        Object before = mapper.toView(milestone);
        milestone.markDeleted(caller.name(), java.time.Instant.now());
        milestone.flush();
        audit.record("DELETED", AUDITED, milestoneId, before, null);
    }

    /** A milestone is done on a date exactly when its status is DONE. */
    private static void requireConsistent(Milestone milestone) {
        List<InvalidInput.Violation> violations = new ArrayList<>();
        if (milestone.status == MilestoneStatus.DONE && milestone.doneOn == null) {
            violations.add(new InvalidInput.Violation("doneOn", "is required when status is DONE"));
        }
        if (milestone.status != MilestoneStatus.DONE && milestone.doneOn != null) {
            violations.add(new InvalidInput.Violation("doneOn", "must be empty unless status is DONE"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
