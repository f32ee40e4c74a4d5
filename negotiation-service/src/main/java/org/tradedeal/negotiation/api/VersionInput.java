package org.tradedeal.negotiation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftContent;

@Schema(name = "VersionInput", description = "An edit of a draft: the whole new content, based on its latest version; "
        + "the author comes from your token (a request naming one is refused)")
public record VersionInput(
        @NotNull @Min(1) @Schema(description = "The version the edit starts from; it must be the latest", example = "1")
        Integer basedOnVersion,
        @Null(message = WhoFields.FROM_TOKEN) @Schema(hidden = true) String author,
        @Size(max = 1000) @Schema(example = "Adds LNG purchases") String note,
        @NotNull @Valid DraftContent content) {
}
