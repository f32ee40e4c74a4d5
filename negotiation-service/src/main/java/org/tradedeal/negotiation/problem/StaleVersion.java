package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * The caller changed something based on an old copy: someone else changed it first. Answered as 409,
 * never a silent overwrite; the caller re-reads and retries.
 */
public class StaleVersion extends HttpProblem {

    private StaleVersion(String detail, Object current) {
        super(builder().withType(ProblemTypes.STALE_VERSION).withTitle("Edited a stale version")
                .withStatus(Response.Status.CONFLICT).withDetail(detail).with("currentVersion", current));
    }

    /** A draft edit based on a version that is no longer the latest. */
    public static StaleVersion ofDraft(long draftId, int basedOn, int latest) {
        return new StaleVersion("Draft " + draftId + " is at version " + latest + "; the edit was based on version "
                + basedOn + ". Re-read the latest version and edit that.", latest);
    }

    /** An update carrying an optimistic-locking version that is no longer current. */
    public static StaleVersion of(String what, long id, long sent, long current) {
        return new StaleVersion(what + " " + id + " was changed by someone else (version " + current
                + ", the request was based on " + sent + "). Re-read it and retry.", current);
    }

    /** A concurrent change detected at commit time. */
    public static StaleVersion concurrent(String what) {
        return new StaleVersion(what + " was changed concurrently by someone else. Re-read it and retry.", null);
    }
}
