package org.tradedeal.negotiation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.Evaluation;
import org.tradedeal.negotiation.Milestone;
import org.tradedeal.negotiation.MilestoneKind;
import org.tradedeal.negotiation.api.RoadmapView;
import org.tradedeal.negotiation.config.NegotiationConfig;
import org.tradedeal.negotiation.mapping.MilestoneMapper;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The roadmap of a negotiation with its derived states: overdue, due soon, at risk. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoadmapService {

    /** The verdict under which a shared draft counts as agreed. */
    static final String ADDRESSES_CONCERNS = "ADDRESSES_CONCERNS";

    private final MilestoneService milestones;
    private final MilestoneMapper mapper;
    private final int defaultWindow;

    public RoadmapService(MilestoneService milestones, MilestoneMapper mapper, NegotiationConfig config) {
        this.milestones = milestones;
        this.mapper = mapper;
        this.defaultWindow = config.roadmap().dueWithinDays();
    }

    /**
     * @param asOf          the day to judge from; null for today (UTC)
     * @param dueWithinDays the "due soon" window; null for the configured default
     */
    public RoadmapView roadmap(long negotiationId, LocalDate asOf, Integer dueWithinDays) {
        LocalDate today = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
        int window = dueWithinDays == null ? defaultWindow : dueWithinDays;
        List<Milestone> all = milestones.listByNegotiation(negotiationId);
        boolean agreed = agreedDraftExists(negotiationId);
        List<RoadmapView.Entry> entries = all.stream().map(milestone -> entry(milestone, today, window, agreed)).toList();
        RoadmapView.Summary summary = new RoadmapView.Summary(
                (int) entries.stream().filter(RoadmapView.Entry::overdue).count(),
                (int) entries.stream().filter(RoadmapView.Entry::dueSoon).count(),
                (int) entries.stream().filter(RoadmapView.Entry::atRisk).count(),
                all.stream().filter(m -> m.status.isOpen() && !m.dueDate.isBefore(today)).findFirst()
                        .map(mapper::toView).orElse(null));
        return new RoadmapView(negotiationId, today, window, agreed, entries, summary);
    }

    private RoadmapView.Entry entry(Milestone milestone, LocalDate today, int window, boolean agreed) {
        boolean overdue = milestone.isOverdue(today);
        boolean dueSoon = milestone.isDueWithin(today, window);
        boolean atRisk = milestone.kind == MilestoneKind.DEADLINE && (overdue || dueSoon) && !agreed;
        return new RoadmapView.Entry(mapper.toView(milestone), overdue, dueSoon, atRisk,
                ChronoUnit.DAYS.between(today, milestone.dueDate));
    }

    /** A version was shared with the other side and its latest evaluation says it addresses their concerns. */
    boolean agreedDraftExists(long negotiationId) {
        List<DraftVersion> shared = DraftVersion.list("draft.negotiation.id = ?1 and status = ?2", negotiationId,
                DraftStatus.SHARED);
        return shared.stream().map(Evaluation::latestOf)
                .anyMatch(evaluation -> evaluation.filter(e -> ADDRESSES_CONCERNS.equals(e.verdict)).isPresent());
    }
}
