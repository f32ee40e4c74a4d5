package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Ledger;

import java.math.BigDecimal;

/** An added export, beside what the data say is exported of that product today (null when unknown). */
public record AddedExportView(
        @Schema(example = "5201") String hsCode,
        @Schema(example = "Cotton, not carded or combed") String description,
        @Schema(example = "500000000") BigDecimal addedUsd,
        @Schema(example = "393000000") BigDecimal currentUsd,
        @Schema(example = "PARTNER_MIRROR") Ledger currentLedger,
        @Schema(example = "FY2024-25") String currentPeriod) {
}
