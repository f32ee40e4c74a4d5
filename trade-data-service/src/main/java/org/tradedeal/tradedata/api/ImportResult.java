package org.tradedeal.tradedata.api;

import org.tradedeal.tradedata.ImportBatch;

import java.util.List;

/** A completed import: the new batch, the batches it replaced, and how long it took. */
public record ImportResult(ImportBatch batch, List<Long> replacedBatchIds, long durationMillis) {
}
