package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.BarrierStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A non-tariff barrier, the products it affects and its life cycle. */
public record BarrierView(
        Long id,
        @Schema(example = "SPS-1") String code,
        @Schema(example = "PK") String imposer,
        @Schema(example = "US") String listedBy,
        @Schema(example = "Biotech (GE) approvals for soybeans and oilseeds") String title,
        @Schema(description = "UNCTAD MAST chapter A..P, or TARIFF / DIGITAL", example = "A") String mastChapter,
        @Schema(example = "sps") String category,
        String description,
        String source,
        @Schema(example = "LISTED") BarrierStatus status,
        @Schema(nullable = true, description = "when the current status took effect; null when the source does not say")
        LocalDate statusSince,
        @Schema(description = "HS codes (2, 4 or 6 digits)", example = "[\"1201\"]") List<String> affectedProducts,
        @Schema(nullable = true, description = "trade the barrier blocks where a source gives it, else null")
        BigDecimal blockedTradeUsd,
        @Schema(nullable = true) String blockedTradeSource,
        List<StatusChangeView> history) {
}
