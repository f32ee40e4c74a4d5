package org.tradedeal.rules.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "BarrierRemoval", description = "The removal of a listed non-tariff barrier")
public record BarrierRemovalInput(
        @NotBlank @Size(max = 40) @Schema(example = "SPS-1") String barrierCode,
        @Schema(description = "null for an undated promise", example = "2025-09-30") LocalDate committedBy,
        boolean verifiable,
        boolean binding) {
}
