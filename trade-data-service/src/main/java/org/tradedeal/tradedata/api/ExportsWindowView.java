package org.tradedeal.tradedata.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Whole-dollar exports between two bounds (inclusive); the upper bound is null when there is none. */
public record ExportsWindowView(
        @Schema(example = "2145141180") BigDecimal minExportsUsd,
        @Schema(example = "2170678575") BigDecimal maxExportsUsd) {
}
