package org.tradedeal.rules;

import java.math.BigDecimal;

/** What the reporter exports today of one product to the partner: a line of the {@link TradeProfile} fact. */
public record ProductExport(String hsCode, BigDecimal valueUsd) {
}
