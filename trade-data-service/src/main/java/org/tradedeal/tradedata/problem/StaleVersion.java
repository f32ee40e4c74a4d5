package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * Someone else changed the same record first (a concurrent update, found by its optimistic-locking version):
 * answered as 409, never a silent overwrite; reading it again and retrying is safe. The type and title are
 * negotiation-service's {@code problem/StaleVersion.java}'s, the suite's one vocabulary.
 */
public class StaleVersion extends HttpProblem {

    private StaleVersion(String detail) {
        super(builder().withType(ProblemTypes.STALE_VERSION).withTitle("Edited a stale version")
                .withStatus(Response.Status.CONFLICT).withDetail(detail));
    }

    /** A concurrent change detected at the flush or the commit. */
    public static StaleVersion concurrent(String what) {
        return new StaleVersion(what + " was changed concurrently by someone else. Re-read it and retry.");
    }
}
