package org.tradedeal.negotiation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftContent;

@Schema(name = "PreviewInput", description = "Unsaved draft content to score as it stands; nothing is stored")
public record PreviewInput(
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PK")
        @Schema(description = "The proposing side; defaults to the side the negotiation is run for", example = "PK")
        String side,
        @NotNull @Valid @Schema(description = "The content, validated exactly as a version's content")
        DraftContent content) {
}
