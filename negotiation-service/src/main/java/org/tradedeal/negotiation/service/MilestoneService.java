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

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MilestoneService {

    private final NegotiationService negotiations;

    public MilestoneService(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    /** The roadmap's milestones, by due date. */
    public List<Milestone> listByNegotiation(long negotiationId) {
        negotiations.get(negotiationId);
        return Milestone.list("negotiation.id = ?1 order by dueDate, id", negotiationId);
    }

    /** @throws MilestoneNotFound when the negotiation has no milestone with that id */
    public Milestone get(long negotiationId, long milestoneId) {
        return Milestone.<Milestone>find("id = ?1 and negotiation.id = ?2", milestoneId, negotiationId)
                .firstResultOptional()
                .orElseThrow(() -> new MilestoneNotFound(milestoneId));
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Milestone add(long negotiationId, @NotNull @Valid Milestone milestone) {
        Negotiation negotiation = negotiations.get(negotiationId);
        requireConsistent(milestone);
        milestone.negotiation = negotiation;
        milestone.persist();
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
        milestone.kind = changes.kind;
        milestone.title = changes.title;
        milestone.dueDate = changes.dueDate;
        milestone.status = changes.status;
        milestone.doneOn = changes.doneOn;
        milestone.notes = changes.notes;
        milestone.flush();
        return milestone;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(long negotiationId, long milestoneId) {
        get(negotiationId, milestoneId).delete();
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
