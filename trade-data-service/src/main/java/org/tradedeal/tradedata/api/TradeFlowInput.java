package org.tradedeal.tradedata.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/** One figure to store. The basis may be left out: the period label says it ("2024" or "FY2024-25"). */
public record TradeFlowInput(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "US") String reporter,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals")
        @Schema(example = "PK") String partner,
        @NotNull @Pattern(regexp = "\\d{4}|FY\\d{4}-\\d{2}", message = "must be a year (2024) or a fiscal year (FY2024-25)")
        @Schema(example = "2025") String period,
        PeriodBasis basis,
        @NotNull @Schema(example = "EXPORT") Direction direction,
        @NotNull @Schema(example = "HS4") ProductLevel productLevel,
        @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}", message = "must be an HS code of 2, 4 or 6 digits")
        @Schema(example = "5201") String hsCode,
        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 0, message = "must be whole US dollars")
        @Schema(example = "412000000") BigDecimal valueUsd,
        @PositiveOrZero @Digits(integer = 18, fraction = 0, message = "must be whole US dollars") BigDecimal calculatedDutyUsd,
        @NotNull @Schema(example = "EXACT") ValuePrecision precision,
        @Size(max = 200) String precisionNote,
        @Positive @Digits(integer = 18, fraction = 0, message = "must be whole US dollars") BigDecimal roundingUnitUsd,
        @NotBlank @Size(max = 300) @Schema(example = "US Census exports by HS4") String source,
        @NotBlank @Size(max = 100) @Schema(example = "2025-annual") String vintage) {
}
