package org.tradedeal.negotiation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftContent;

@Schema(name = "DraftInput", description = "A new proposal draft of your side with the content of its first version; "
        + "its side and author come from your token (a request naming them is refused)")
public record DraftInput(
        @NotBlank @Size(max = 200) @Schema(example = "Cotton and soybeans package") String title,
        @Null(message = WhoFields.FROM_TOKEN) @Schema(hidden = true) String side,
        @Null(message = WhoFields.FROM_TOKEN) @Schema(hidden = true) String author,
        @Size(max = 1000) String note,
        @NotNull @Valid DraftContent content) {
}
