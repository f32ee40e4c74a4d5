package org.tradedeal.rules.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule of the catalogue, described by its own metadata. */
@Schema(name = "Rule")
public record RuleView(
        @Schema(example = "Purchase of a product a barrier left in place blocks") String name,
        @Schema(description = "DEFICIT, BARRIERS, TARIFFS, CREDIBILITY or BALANCE", example = "CREDIBILITY") String concern,
        @Schema(example = "A purchase of a product that a listed barrier the draft keeps blocks counts at the blocked discount; removing the barrier gives it back")
        String description) {
}
