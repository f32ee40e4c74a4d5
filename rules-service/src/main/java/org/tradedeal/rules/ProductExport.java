package org.tradedeal.rules;

import java.math.BigDecimal;

/** Fact: what the reporter exports today of one product to the partner (for plausibility and weights). */
public record ProductExport(String hsCode, String description, BigDecimal valueUsd, String ledger, String period) {
}
