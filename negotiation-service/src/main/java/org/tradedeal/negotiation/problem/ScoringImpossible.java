package org.tradedeal.negotiation.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * The version is stored, but it cannot be scored as it stands, and waiting will not help: there is no
 * trade data for the partner and year, or rules-service rejects the draft. Answered as 422.
 */
public class ScoringImpossible extends HttpProblem {

    public ScoringImpossible(String detail, Object downstreamProblem) {
        super(withDownstream(builder().withType(ProblemTypes.SCORING_IMPOSSIBLE).withTitle("Draft cannot be scored")
                .withStatus(422).withDetail(detail), downstreamProblem));
    }

    private static Builder withDownstream(Builder builder, Object downstreamProblem) {
        return downstreamProblem == null ? builder : builder.with("downstream", downstreamProblem);
    }
}
