package org.tradedeal.negotiation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** "We remove this listed non-tariff barrier by this date." */
@Schema(description = "The removal of a non-tariff barrier the other side has listed")
public record BarrierRemoval(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "must be a barrier code such as SPS-1")
        @Schema(description = "Code of the barrier in trade-data-service's catalogue", example = "SPS-1")
        String barrierCode,
        @Schema(description = "Date by which it is removed; null for an undated promise", example = "2025-12-31")
        LocalDate committedBy,
        @Schema(description = "Whether the removal can be verified (a law, a notification)", example = "true")
        boolean verifiable,
        @Schema(description = "Whether the removal is a binding commitment", example = "true")
        boolean binding) {
}
