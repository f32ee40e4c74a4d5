package org.tradedeal.negotiation.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.DraftStatus;

@Schema(name = "StatusInput", description = "Move a version along its life cycle: SHARED (a scored version) or WITHDRAWN")
public record StatusInput(@NotNull @Schema(example = "SHARED") DraftStatus status) {
}
