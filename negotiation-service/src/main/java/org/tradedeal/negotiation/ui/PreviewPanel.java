package org.tradedeal.negotiation.ui;

import org.tradedeal.negotiation.api.PreviewView;

/**
 * The editor's live preview: how the content as typed scores now, or why it cannot be scored yet (a field to
 * fix, a downstream that is down). Nothing in it is stored.
 */
public record PreviewPanel(PreviewView preview, ScoreSheet sheet, Problem problem, DraftForm form) {

    static PreviewPanel scored(PreviewView preview, ScoreSheet sheet) {
        return new PreviewPanel(preview, sheet, null, null);
    }

    static PreviewPanel notScored(Problem problem, DraftForm form) {
        return new PreviewPanel(null, null, problem, form);
    }

    /** A downstream is down or slow: the draft can still be saved, only the preview waits. */
    public boolean unavailable() {
        return problem != null && problem.status() == 503;
    }
}
