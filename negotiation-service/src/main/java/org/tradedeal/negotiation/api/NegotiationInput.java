package org.tradedeal.negotiation.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.NegotiationStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "NegotiationInput", description = "What a negotiator gives to open a negotiation")
public record NegotiationInput(
        @NotBlank @Size(max = 200) @Schema(example = "Pakistan-US reciprocal tariff talks") String title,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PK")
        @Schema(example = "PK") String ourSide,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US")
        @Schema(example = "US") String otherSide,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(example = "19") BigDecimal targetRatePct,
        @Schema(example = "2025-07-09") LocalDate deadline,
        @Min(1990) @Max(2100) @Schema(example = "2024") int baselineYear,
        @Schema(description = "Defaults to ACTIVE") NegotiationStatus status,
        @Schema(description = "On update: the version you read (optimistic locking); ignored on create")
        Long version) {
}
