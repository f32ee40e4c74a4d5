package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.BarrierStatus;

import java.time.LocalDate;

/** A barrier's next status: only forward along LISTED -> OFFERED -> LEGISLATED -> REMOVAL_VERIFIED (skipping allowed). */
public record BarrierStatusChangeInput(
        @NotNull @Schema(example = "OFFERED") BarrierStatus status,
        @NotNull @Schema(example = "2025-06-25") LocalDate effectiveOn,
        @Size(max = 500) @Schema(example = "offered for removal in the technical round") String note) {
}
