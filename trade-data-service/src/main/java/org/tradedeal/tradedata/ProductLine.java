package org.tradedeal.tradedata;

import java.math.BigDecimal;

/** One product of a breakdown, with the ledger and period it comes from. */
public record ProductLine(String hsCode, ProductLevel productLevel, String description, BigDecimal valueUsd,
                          ValuePrecision precision, Ledger ledger, String period, String source, String vintage) {
}
