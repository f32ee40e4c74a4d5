package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.Ledger;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;

import java.math.BigDecimal;

/** One product of a breakdown, with the ledger and period it comes from. */
public record ProductLine(String hsCode, ProductLevel productLevel, String description, BigDecimal valueUsd,
                          ValuePrecision precision, Ledger ledger, String period, String source, String vintage) {
}
