package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.Ledger;

import java.math.BigDecimal;

/**
 * Exports added in a what-if, with what the data say is exported of that product today (where known, and
 * from which ledger and period).
 */
public record AddedExport(String hsCode, String description, BigDecimal addedUsd, BigDecimal currentUsd,
                          Ledger currentLedger, String currentPeriod) {
}
