package org.tradedeal.tradedata.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.ImportBatch;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImportBatchService {

    /** Batches, newest first; optionally of one source and/or vintage. */
    public List<ImportBatch> list(String source, String vintage) {
        Sort newestFirst = Sort.by("id", Sort.Direction.Descending);
        if (source != null && vintage != null) {
            return ImportBatch.list("source = ?1 and vintage = ?2", newestFirst, source, vintage);
        }
        if (source != null) {
            return ImportBatch.list("source", newestFirst, source);
        }
        if (vintage != null) {
            return ImportBatch.list("vintage", newestFirst, vintage);
        }
        return ImportBatch.listAll(newestFirst);
    }

    public Optional<ImportBatch> find(long id) {
        return ImportBatch.findByIdOptional(id);
    }
}
