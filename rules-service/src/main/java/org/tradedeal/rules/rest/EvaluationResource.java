package org.tradedeal.rules.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tradedeal.rules.security.Roles;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.EvaluationMetrics;
import org.tradedeal.rules.engine.ScoringEngine;

import java.util.List;

@RolesAllowed(Roles.SERVICE)
@Path("/api/v1/evaluations")
@NonBlocking
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Scoring of proposal drafts")
public class EvaluationResource {

    private final ScoringEngine engine;
    private final EvaluationMetrics metrics;

    public EvaluationResource(ScoringEngine engine, EvaluationMetrics metrics) {
        this.engine = engine;
        this.metrics = metrics;
    }

    @POST
    @Operation(operationId = "evaluateDraft", summary = "Score one draft against a baseline",
            description = "The score (0-100), the verdict, every concern's score and maximum, the projected balance and "
                    + "rate, the gaps (more purchases needed for the target rate, the largest barriers left in place), "
                    + "warnings, and every rule that fired with its points and reason. The same input gives the same "
                    + "output but for durationMicros. The ruleset version is also in the X-Ruleset-Version header.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "400", description = "A malformed draft or baseline; the problem details name each bad field")
    public EvaluationResult evaluate(@NotNull @Valid EvaluationRequest request) {
        return metrics.time(request.draft(), () -> engine.evaluate(request));
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "evaluateDrafts", summary = "Score many drafts in one call (for re-scoring); the answers in the order of the requests")
    @APIResponse(responseCode = "200", description = "One evaluation per request, in order")
    @APIResponse(responseCode = "400", description = "A malformed request; the problem details name each bad field, e.g. [2].draft.purchases[0].hsCode")
    public List<EvaluationResult> evaluateAll(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull @Valid EvaluationRequest> requests) {
        return requests.stream().map(request -> metrics.time(request.draft(), () -> engine.evaluate(request))).toList();
    }
}
