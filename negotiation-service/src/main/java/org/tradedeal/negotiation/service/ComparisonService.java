package org.tradedeal.negotiation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.negotiation.Evaluation;
import org.tradedeal.negotiation.VersionState;
import org.tradedeal.negotiation.api.ComparisonView;
import org.tradedeal.negotiation.client.RulesEvaluation;

/** Compares two draft versions (of the same draft or of two drafts): trade terms and score per concern. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComparisonService {

    private final DraftService drafts;
    private final EvaluationReader evaluations;

    public ComparisonService(DraftService drafts, EvaluationReader evaluations) {
        this.drafts = drafts;
        this.evaluations = evaluations;
    }

    public ComparisonView compare(long baseDraftId, int baseVersion, long otherDraftId, int otherVersion) {
        VersionState base = drafts.state(baseDraftId, baseVersion);
        VersionState other = drafts.state(otherDraftId, otherVersion);
        return new ComparisonView(side(base), side(other),
                TradeTermsDiff.between(base.version().content, other.version().content),
                scores(base.latestEvaluation(), other.latestEvaluation()));
    }

    private static ComparisonView.Side side(VersionState state) {
        return new ComparisonView.Side(state.version().draft.id, state.version().number, state.version().draft.title,
                state.version().status);
    }

    private ComparisonView.Scores scores(Evaluation base, Evaluation other) {
        if (base == null || other == null) {
            return null;
        }
        RulesEvaluation from = evaluations.read(base.result);
        RulesEvaluation to = evaluations.read(other.result);
        return new ComparisonView.Scores(base.score, other.score, other.score.subtract(base.score), base.verdict,
                other.verdict, ScoreChanges.concernChanges(from, to));
    }
}
