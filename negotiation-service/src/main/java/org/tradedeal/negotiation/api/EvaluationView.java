package org.tradedeal.negotiation.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "Evaluation", description = "One scoring of a draft version, with everything rules-service returned")
public record EvaluationView(
        long id,
        long draftId,
        int version,
        @Schema(example = "72") BigDecimal score,
        @Schema(example = "PARTIALLY_ADDRESSES") String verdict,
        Ruleset ruleset,
        @Schema(description = "Id of the trade data the draft was scored against") String dataVintage,
        Instant evaluatedAt,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "rules-service's whole answer: per-concern scores, fired rules with reasons, gaps, warnings")
        JsonNode result,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, nullable = true,
                description = "What changed since the version's previous evaluation and why the score moved (null for the first)")
        JsonNode changes) {

    @Schema(name = "Ruleset")
    public record Ruleset(String name, String version, String contentHash) {
    }
}
