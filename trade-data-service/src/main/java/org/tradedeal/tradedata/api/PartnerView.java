package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trading partner. */
public record PartnerView(
        @Schema(description = "ISO 3166-1 alpha-2 code", example = "PK") String isoCode,
        @Schema(example = "Pakistan") String name,
        @Schema(description = "US Census Bureau country code", example = "5350") String censusCode) {
}
