package org.tradedeal.negotiation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.negotiation.NegotiationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Negotiation", description = "A negotiation as the API shows it")
public record NegotiationView(
        @Schema(example = "1") Long id,
        @Schema(example = "Pakistan-US reciprocal tariff talks") String title,
        @Schema(description = "ISO code of the side we negotiate for", example = "PK") String ourSide,
        @Schema(description = "ISO code of the side that imposes the tariff", example = "US") String otherSide,
        @Schema(description = "The tariff rate (percent) we want the other side to apply", example = "19")
        BigDecimal targetRatePct,
        @Schema(example = "2025-07-09") LocalDate deadline,
        @Schema(description = "The year of trade data drafts are scored against", example = "2024") int baselineYear,
        NegotiationStatus status,
        Instant createdAt,
        @Schema(description = "Optimistic-locking version; send it back when you change the negotiation")
        long version) {
}
