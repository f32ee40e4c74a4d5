package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.DraftStatus;
import org.tradedeal.negotiation.api.EvaluationView;
import org.tradedeal.negotiation.api.VersionView;

/**
 * The score section of a version's page. While the version waits for a downstream it shows as pending and
 * asks again every few seconds (htmx polling), until it is scored or scoring fails.
 *
 * @param sheet null until the version has an evaluation
 */
public record ScorePanel(long draftId, int version, DraftStatus status, VersionView.ScoringState scoring,
                         EvaluationView evaluation, ScoreSheet sheet) {

    static final String PENDING = "PENDING";
    static final String FAILED = "FAILED";

    /** Scoring was asked for and has not ended: the page polls. */
    public boolean pending() {
        return scoring != null && PENDING.equals(scoring.status());
    }

    /** The last scoring request ended without a score (no trade data, rules that reject the draft). */
    public boolean failed() {
        return !pending() && (scoring != null && FAILED.equals(scoring.status()) || status.name().equals(FAILED));
    }

    public boolean scored() {
        return sheet != null;
    }

    /** The version can be submitted for scoring (it was never scored, or scoring it failed, and waits for nothing). */
    public boolean submittable() {
        return (status == DraftStatus.DRAFT || status == DraftStatus.SCORING_FAILED) && !pending();
    }

    public boolean rescorable() {
        return (status == DraftStatus.SCORED || status == DraftStatus.SHARED) && !pending();
    }

    public String url() {
        return "/drafts/" + draftId + "/versions/" + version;
    }
}
