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
import org.tradedeal.tradedata.csv.FlowRow;

import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
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

    private static final String INSERT_FLOW = "INSERT INTO trade_flow (reporter, partner, period, period_basis, year,"
            + " direction, product_level, hs_code, value_usd, calculated_duty_usd, source, value_precision, precision_note,"
            + " rounding_unit_usd, vintage, import_batch_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
            lock(connection, source, vintage);
            batchId = nextBatchId(connection);
            replaced = markReplaced(connection, source, vintage, batchId);
            insertBatch(connection, batchId, source, vintage, fileName);
            CsvOutcome outcome = load(connection, body, batchId, source, vintage, partnerCodes);
            if (outcome.rows() == 0 && outcome.errors().isEmpty()) {
                outcome.error(new CsvRowError(1, null, null, "the file has no data rows"));
            }
            // the good rows are in the table even when others were bad, so repeats are found in every case
            duplicates(connection, batchId, outcome);
            if (!outcome.errors().isEmpty()) {
                outcome.sortByLine();
                Log.infof("Rejected CSV import of %s / %s: %d bad rows of %d", source, vintage, outcome.badRows(), outcome.rows());
                metrics.rejected(outcome.rows(), System.nanoTime() - started);
                throw new InvalidCsv(outcome.errors(), outcome.badRows(), outcome.rows(), outcome.truncated());
            }
            finish(connection, batchId, outcome.rows(), replaced);
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

    /** Serialises imports of the same source and vintage (two at once would each replace the other). */
    private static void lock(Connection connection, String source, String vintage) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
            statement.setString(1, source);
            statement.setString(2, vintage);
            statement.execute();
        }
    }

    private static long nextBatchId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT nextval('import_batch_seq')");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<Long> markReplaced(Connection connection, String source, String vintage, long batchId) throws SQLException {
        List<Long> replaced = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("UPDATE import_batch SET replaced_by = ?,"
                + " replaced_at = now(), version = version + 1 WHERE source = ? AND vintage = ? AND replaced_by IS NULL RETURNING id")) {
            statement.setLong(1, batchId);
            statement.setString(2, source);
            statement.setString(3, vintage);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    replaced.add(result.getLong(1));
                }
            }
        }
        return replaced;
    }

    private static void insertBatch(Connection connection, long batchId, String source, String vintage, String fileName)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO import_batch (id, source, vintage, file_name,"
                + " row_count, imported_at) VALUES (?, ?, ?, ?, 0, now())")) {
            statement.setLong(1, batchId);
            statement.setString(2, source);
            statement.setString(3, vintage);
            statement.setString(4, fileName);
            statement.executeUpdate();
        }
    }

    private static void finish(Connection connection, long batchId, long rows, List<Long> replaced) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE import_batch SET row_count = ? WHERE id = ?")) {
            statement.setLong(1, rows);
            statement.setLong(2, batchId);
            statement.executeUpdate();
        }
        if (!replaced.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM trade_flow WHERE import_batch_id = ANY (?)")) {
                Array ids = connection.createArrayOf("bigint", replaced.toArray());
                statement.setArray(1, ids);
                statement.executeUpdate();
            }
        }
    }

    /** Streams the good rows of the file into trade_flow in JDBC batches. */
    private CsvOutcome load(Connection connection, InputStream body, long batchId, String source, String vintage,
                            Map<String, String> partnerCodes) throws SQLException {
        CsvOutcome outcome = new CsvOutcome(config.maxReportedErrors());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FLOW)) {
            Batches batches = new Batches(insert, source, vintage, batchId);
            // a file that stopped half-way is rejected anyway: its last rows need not reach the table
            if (new FlowCsvReader(partnerCodes).read(body, outcome, batches)) {
                batches.flush();
            }
        }
        return outcome;
    }

    /** Adds each good row to the insert and sends them to the database every {@code batch-size} rows. */
    private final class Batches implements FlowCsvReader.RowSink<SQLException> {
        private final PreparedStatement insert;
        private final String source;
        private final String vintage;
        private final long batchId;
        private int pending;

        Batches(PreparedStatement insert, String source, String vintage, long batchId) {
            this.insert = insert;
            this.source = source;
            this.vintage = vintage;
            this.batchId = batchId;
        }

        @Override
        public void accept(FlowRow row) throws SQLException {
            bind(insert, row, source, vintage, batchId);
            insert.addBatch();
            if (++pending == config.batchSize()) {
                insert.executeBatch();
                pending = 0;
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, FlowRow row, String source, String vintage, long batchId)
            throws SQLException {
        insert.setString(1, row.reporter());
        insert.setString(2, row.partner());
        insert.setString(3, row.period().label());
        insert.setString(4, row.period().basis().name());
        insert.setInt(5, row.period().year());
        insert.setString(6, row.direction().name());
        insert.setString(7, row.productLevel().name());
        setNullable(insert, 8, row.hsCode(), Types.VARCHAR);
        insert.setBigDecimal(9, row.valueUsd());
        setNullable(insert, 10, row.calculatedDutyUsd(), Types.NUMERIC);
        insert.setString(11, source);
        insert.setString(12, row.precision().name());
        setNullable(insert, 13, row.precisionNote(), Types.VARCHAR);
        setNullable(insert, 14, row.roundingUnitUsd(), Types.NUMERIC);
        insert.setString(15, vintage);
        insert.setLong(16, batchId);
        insert.setInt(17, Math.toIntExact(row.line()));
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }

    /** Rows appearing twice in the file (same reporter, partner, period, direction and product). */
    private static void duplicates(Connection connection, long batchId, CsvOutcome outcome) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT array_agg(source_line ORDER BY source_line)"
                + " FROM trade_flow WHERE import_batch_id = ?"
                + " GROUP BY reporter, partner, period, direction, product_level, hs_code HAVING count(*) > 1"
                + " ORDER BY min(source_line)")) {
            statement.setLong(1, batchId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Integer[] lines = (Integer[]) result.getArray(1).getArray();
                    for (int i = 1; i < lines.length; i++) {
                        outcome.countBadRow();
                        outcome.error(new CsvRowError(lines[i], null, null, "repeats line " + lines[0]
                                + " (same reporter, partner, period, direction and product)"));
                    }
                }
            }
        }
    }
}
