package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new trading partner. */
public record PartnerInput(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "BD") String isoCode,
        @NotBlank @Size(max = 120) @Schema(example = "Bangladesh") String name,
        @Pattern(regexp = "\\d{4}", message = "must be a 4-digit Census country code")
        @Schema(example = "5380") String censusCode) {
}
