package org.tradedeal.tradedata.service;

import org.tradedeal.tradedata.csv.CsvOutcome;
import org.tradedeal.tradedata.csv.FlowCsvReader;
import org.tradedeal.tradedata.csv.FlowRow;
import org.tradedeal.tradedata.problem.CsvRowError;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one flow import, on the connection of its transaction: the advisory lock, the batch row, the
 * replacement of an earlier import and the trade_flow inserts in JDBC batches (plain JDBC: a million rows
 * through Hibernate would hold a million entities).
 */
final class ImportTables {

    private static final String INSERT_FLOW = "INSERT INTO trade_flow (reporter, partner, period, period_basis, year,"
            + " direction, product_level, hs_code, value_usd, calculated_duty_usd, source, value_precision, precision_note,"
            + " rounding_unit_usd, vintage, import_batch_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;

    ImportTables(Connection connection) {
        this.connection = connection;
    }

    /** Serialises imports of the same source and vintage (two at once would each replace the other). */
    void lock(String source, String vintage) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
            statement.setString(1, source);
            statement.setString(2, vintage);
            statement.execute();
        }
    }

    long nextBatchId() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT nextval('import_batch_seq')");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    List<Long> markReplaced(String source, String vintage, long batchId) throws SQLException {
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

    void insertBatch(long batchId, String source, String vintage, String fileName)
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

    void finish(long batchId, long rows, List<Long> replaced) throws SQLException {
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

    /** The insert of the good rows of a file into trade_flow, as batch {@code batchId}. */
    FlowBatches flows(String source, String vintage, long batchId, int batchSize) throws SQLException {
        return new FlowBatches(source, vintage, batchId, batchSize);
    }

    /** Adds each good row to the insert and sends them to the database every {@code batchSize} rows. */
    final class FlowBatches implements FlowCsvReader.RowSink<SQLException>, AutoCloseable {
        private final PreparedStatement insert;
        private final String source;
        private final String vintage;
        private final long batchId;
        private final int batchSize;
        private int pending;

        private FlowBatches(String source, String vintage, long batchId, int batchSize) throws SQLException {
            this.insert = connection.prepareStatement(INSERT_FLOW);
            this.source = source;
            this.vintage = vintage;
            this.batchId = batchId;
            this.batchSize = batchSize;
        }

        @Override
        public void accept(FlowRow row) throws SQLException {
            bind(insert, row, source, vintage, batchId);
            insert.addBatch();
            if (++pending == batchSize) {
                insert.executeBatch();
                pending = 0;
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
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
    void duplicates(long batchId, CsvOutcome outcome) throws SQLException {
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
