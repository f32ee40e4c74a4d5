package org.tradedeal.negotiation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.negotiation.DraftVersion;
import org.tradedeal.negotiation.Evaluation;
import org.tradedeal.negotiation.Negotiation;
import org.tradedeal.negotiation.ProposalDraft;
import org.tradedeal.negotiation.api.DashboardView;
import org.tradedeal.negotiation.api.RoadmapView;
import org.tradedeal.negotiation.client.RulesEvaluation;
import org.tradedeal.negotiation.mapping.NegotiationMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One view of where a negotiation stands. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    private final NegotiationService negotiations;
    private final DraftService drafts;
    private final RoadmapService roadmaps;
    private final NegotiationMapper mapper;
    private final EvaluationReader evaluations;

    public DashboardService(NegotiationService negotiations, DraftService drafts, RoadmapService roadmaps,
                            NegotiationMapper mapper, EvaluationReader evaluations) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.roadmaps = roadmaps;
        this.mapper = mapper;
        this.evaluations = evaluations;
    }

    public DashboardView dashboard(long negotiationId, LocalDate asOf, Integer dueWithinDays) {
        Negotiation negotiation = negotiations.get(negotiationId);
        RoadmapView roadmap = roadmaps.roadmap(negotiationId, asOf, dueWithinDays);
        List<ScoredDraft> scored = drafts.listByNegotiation(negotiationId).stream().map(this::latestScore).toList();
        Optional<ScoredDraft> best = scored.stream().filter(draft -> draft.evaluation() != null)
                .max(Comparator.comparing((ScoredDraft draft) -> draft.evaluation().score)
                        .thenComparing(draft -> draft.evaluation().evaluatedAt));
        return new DashboardView(mapper.toView(negotiation), roadmap.asOf(),
                roadmap.milestones().stream().filter(entry -> entry.overdue() || entry.dueSoon()).toList(),
                roadmap.summary(),
                scored.stream().map(ScoredDraft::view).toList(),
                best.map(ScoredDraft::view).orElse(null),
                best.map(draft -> gap(negotiation, draft.evaluation())).orElse(null));
    }

    /** A draft with the newest evaluation of its newest scored version (null when never scored). */
    private record ScoredDraft(ProposalDraft draft, DraftVersion latest, DraftVersion scoredVersion,
                               Evaluation evaluation) {
        DashboardView.DraftScore view() {
            return new DashboardView.DraftScore(draft.id, draft.title, draft.side, latest.number, latest.status,
                    scoredVersion == null ? null : scoredVersion.number,
                    evaluation == null ? null : evaluation.score,
                    evaluation == null ? null : evaluation.verdict,
                    evaluation == null ? null : evaluation.evaluatedAt);
        }
    }

    private ScoredDraft latestScore(ProposalDraft draft) {
        // two queries whatever the number of versions: the newest version, and the newest scored one's evaluation
        DraftVersion latest = drafts.latestVersion(draft);
        return drafts.latestEvaluation(draft)
                .map(evaluation -> new ScoredDraft(draft, latest, evaluation.draftVersion, evaluation))
                .orElseGet(() -> new ScoredDraft(draft, latest, null, null));
    }

    private DashboardView.TargetGap gap(Negotiation negotiation, Evaluation evaluation) {
        RulesEvaluation result = evaluations.read(evaluation.result);
        BigDecimal projected = result.projection() == null ? null : result.projection().ratePct();
        BigDecimal additional = result.gaps() == null ? null : result.gaps().additionalPurchasesUsd();
        boolean reached = projected != null && projected.compareTo(negotiation.targetRatePct) <= 0;
        return new DashboardView.TargetGap(negotiation.targetRatePct, projected, reached, additional,
                result.gaps() == null || result.gaps().unaddressedBarriers() == null ? List.of()
                        : result.gaps().unaddressedBarriers().stream()
                        .map(b -> new DashboardView.Barrier(b.code(), b.title(), b.tradeAtStakeUsd())).toList());
    }
}
