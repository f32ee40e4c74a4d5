package org.tradedeal.negotiation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftContent;

@Schema(name = "DraftInput", description = "A new proposal draft with the content of its first version")
public record DraftInput(
        @NotBlank @Size(max = 200) @Schema(example = "Cotton and soybeans package") String title,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PK")
        @Schema(description = "The proposing side; defaults to the side the negotiation is run for", example = "PK")
        String side,
        @NotBlank @Size(max = 120) @Schema(example = "trade-desk") String author,
        @Size(max = 1000) String note,
        @NotNull @Valid DraftContent content) {
}
