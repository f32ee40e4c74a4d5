package org.tradedeal.negotiation.service;

import org.tradedeal.negotiation.DraftContent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything one scoring attempt needs, read in one short transaction so that no transaction stays
 * open while the downstream services are called.
 *
 * @param reporter the side that imposes the tariff (the other side of the proposing one): its ledger
 * @param partner  the proposing side
 * @param traceParent the trace the request was opened in (its attempts join it), null outside any trace
 * @param attempt  the number of the attempt about to start (1 for the first)
 */
public record ScoringJob(long requestId, long draftId, int versionNumber, DraftContent content, String reporter,
                         String partner, int baselineYear, BigDecimal targetRatePct, LocalDate deadline,
                         String traceParent, int attempt) {
}
