package org.tradedeal.negotiation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.MilestoneKind;
import org.tradedeal.negotiation.MilestoneStatus;

import java.time.LocalDate;

@Schema(name = "MilestoneInput", description = "A milestone to add to a roadmap, or its new state")
public record MilestoneInput(
        @NotNull @Schema(example = "TECHNICAL_ROUND") MilestoneKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "Technical-level discussions") String title,
        @NotNull @Schema(example = "2025-06-25") LocalDate dueDate,
        @NotNull @Schema(example = "PLANNED") MilestoneStatus status,
        @Schema(description = "Required when status is DONE, empty otherwise", example = "2025-06-25") LocalDate doneOn,
        @Size(max = 2000) String notes,
        @Schema(description = "On update: the version you read (optimistic locking); ignored on create")
        Long version) {
}
