package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Ledger;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/** One product of a breakdown; {@code ledger} says whose statistics (REPORTER or PARTNER_MIRROR). */
public record ProductLineView(
        @Schema(example = "5201") String hsCode,
        @Schema(example = "HS4") ProductLevel productLevel,
        @Schema(example = "Cotton, not carded or combed") String description,
        @Schema(example = "393000000") BigDecimal valueUsd,
        @Schema(example = "ROUNDED") ValuePrecision precision,
        @Schema(example = "PARTNER_MIRROR") Ledger ledger,
        @Schema(example = "FY2024-25") String period,
        @Schema(example = "Pakistan-side import data as reported") String source,
        @Schema(example = "seed-2025") String vintage) {
}
