package org.tradedeal.negotiation.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Rescoring", description = "What happened to one version when a negotiation was re-scored")
public record RescoringView(
        long draftId,
        int version,
        @Schema(description = "SCORED, PENDING (a downstream is down: the worker scores it later) or FAILED")
        String outcome,
        @Schema(nullable = true) Long evaluationId,
        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) String detail,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, nullable = true,
                description = "For a version scored: what changed since its previous evaluation and why (previousScore, score, "
                        + "scoreDelta, rulesetChanged with previousRuleset and ruleset, dataVintageChanged, per concern the "
                        + "points before and after with rulesNowFiring and rulesNoLongerFiring, and an explanation sentence)")
        JsonNode changes) {
}
