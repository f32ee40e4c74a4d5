package org.tradedeal.tradedata.formula;

import java.math.BigDecimal;

/** The part of the additional exports allocated to one product line. */
public record AllocationLine(String hsCode, String description, BigDecimal share, BigDecimal additionalUsd) {
}
