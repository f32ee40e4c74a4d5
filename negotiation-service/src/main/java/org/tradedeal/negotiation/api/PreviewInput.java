package org.tradedeal.negotiation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftContent;

@Schema(name = "PreviewInput", description = "Unsaved draft content to score as it stands; nothing is stored")
public record PreviewInput(
        @Null(message = WhoFields.FROM_TOKEN) @Schema(hidden = true) String side,
        @NotNull @Valid @Schema(description = "The content, validated exactly as a version's content")
        DraftContent content) {
}
