package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.MeasureStatus;

import java.time.LocalDate;

/** A measure's next status: ANNOUNCED -> IN_FORCE | VOIDED; IN_FORCE <-> SUSPENDED; either -> VOIDED (final). */
public record MeasureStatusChangeInput(
        @NotNull @Schema(example = "IN_FORCE") MeasureStatus status,
        @NotNull @Schema(example = "2026-03-12") LocalDate effectiveOn,
        @Size(max = 500) String note) {
}
