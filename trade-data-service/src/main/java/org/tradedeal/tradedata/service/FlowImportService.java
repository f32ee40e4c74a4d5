package org.tradedeal.tradedata.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.mapping.ImportBatchMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.JDBCException;
import org.tradedeal.tradedata.problem.CsvRowError;
import org.tradedeal.tradedata.ImportBatch;
import org.tradedeal.tradedata.api.ImportResult;
import org.tradedeal.tradedata.problem.InvalidCsv;
import org.tradedeal.tradedata.config.FlowImportConfig;
import org.tradedeal.tradedata.csv.CsvOutcome;
import org.tradedeal.tradedata.csv.FlowCsvReader;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Imports trade flows from a CSV upload, all or nothing, without holding the file in memory: {@link FlowCsvReader}
 * checks every row as the body arrives, good rows go to PostgreSQL in JDBC batches, and only if no row is bad
 * does the transaction commit. A rejected file lists every bad row by line, column and reason. Importing the
 * same source and vintage again replaces the flows of the earlier import; the earlier batch stays as history.
 */
@ApplicationScoped
public class FlowImportService {

    private final AgroalDataSource dataSource;
    private final FlowImportConfig config;
    private final PartnerService partners;
    private final ImportMetrics metrics;
    private final AuditTrail audit;
    private final ImportBatchMapper mapper;

    public FlowImportService(AgroalDataSource dataSource, FlowImportConfig config, PartnerService partners,
                             ImportMetrics metrics, AuditTrail audit, ImportBatchMapper mapper) {
        this.dataSource = dataSource;
        this.config = config;
        this.partners = partners;
        this.metrics = metrics;
        this.audit = audit;
        this.mapper = mapper;
    }

    /**
     * @throws InvalidCsv when the header or any row is bad (nothing is written)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    @TransactionConfiguration(timeoutFromConfigProperty = "flow-import.transaction-timeout")
    public ImportResult importCsv(@NotNull InputStream body, @NotBlank String source, @NotBlank String vintage, String fileName) {
        long started = System.nanoTime();
        Map<String, String> partnerCodes = partners.codeIndex();
        long batchId;
        List<Long> replaced;
        try (Connection connection = dataSource.getConnection()) {
            ImportTables tables = new ImportTables(connection);
            tables.lock(source, vintage);
            batchId = tables.nextBatchId();
            replaced = tables.markReplaced(source, vintage, batchId);
            tables.insertBatch(batchId, source, vintage, fileName);
            CsvOutcome outcome = load(tables, body, batchId, source, vintage, partnerCodes);
            if (outcome.rows() == 0 && outcome.errors().isEmpty()) {
                outcome.error(new CsvRowError(1, null, null, "the file has no data rows"));
            }
            // the good rows are in the table even when others were bad, so repeats are found in every case
            tables.duplicates(batchId, outcome);
            if (!outcome.errors().isEmpty()) {
                outcome.sortByLine();
                Log.infof("Rejected CSV import of %s / %s: %d bad rows of %d", source, vintage, outcome.badRows(), outcome.rows());
                metrics.rejected(outcome.rows(), System.nanoTime() - started);
                throw new InvalidCsv(outcome.errors(), outcome.badRows(), outcome.rows(), outcome.truncated());
            }
            tables.finish(batchId, outcome.rows(), replaced);
        } catch (SQLException e) {
            // Hibernate's type for a failed JDBC call, so a lost database is a 503 like anywhere else, not a 500.
            throw new JDBCException("The import of " + source + " / " + vintage + " failed in the database", e);
        }
        long nanos = System.nanoTime() - started;
        long millis = nanos / 1_000_000;
        ImportBatch batch = ImportBatch.findById(batchId);
        metrics.imported(batch.rowCount, nanos);
        Log.infof("Imported %d trade flows of %s / %s as batch %d in %d ms (replaced %s)", batch.rowCount, source, vintage,
                batchId, millis, replaced);
        ImportResult result = new ImportResult(batch, replaced, millis);
        audit.record("IMPORTED", "ImportBatch", batchId, null, mapper.toView(batch));
        return result;
    }

    /** Streams the good rows of the file into trade_flow. */
    private CsvOutcome load(ImportTables tables, InputStream body, long batchId, String source, String vintage,
                            Map<String, String> partnerCodes) throws SQLException {
        CsvOutcome outcome = new CsvOutcome(config.maxReportedErrors());
        try (ImportTables.FlowBatches flows = tables.flows(source, vintage, batchId, config.batchSize())) {
            // a file that stopped half-way is rejected anyway: its last rows need not reach the table
            if (new FlowCsvReader(partnerCodes).read(body, outcome, flows)) {
                flows.flush();
            }
        }
        return outcome;
    }
}
