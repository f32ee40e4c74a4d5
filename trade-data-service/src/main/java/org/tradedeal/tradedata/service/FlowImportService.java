package org.tradedeal.tradedata.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.mapping.ImportBatchMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.JDBCException;
import org.tradedeal.tradedata.problem.CsvRowError;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.ImportBatch;
import org.tradedeal.tradedata.api.ImportResult;
import org.tradedeal.tradedata.problem.InvalidCsv;
import org.tradedeal.tradedata.Period;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;
import org.tradedeal.tradedata.config.FlowImportConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports trade flows from a CSV upload, all or nothing, without holding the file in memory: the body is
 * parsed as it arrives (Apache Commons CSV), every row is checked, good rows go to PostgreSQL in JDBC
 * batches, and only if no row is bad does the transaction commit. A rejected file lists every bad row by
 * line, column and reason. Importing the same source and vintage again replaces the flows of the earlier
 * import; the earlier batch stays as history.
 *
 * <p>Layout (header row required, column names case-insensitive, any order):
 * {@code reporter, partner, period, direction, product_level, value_usd, precision} and optionally
 * {@code basis, hs_code, calculated_duty_usd, precision_note, rounding_unit_usd}.
 */
@ApplicationScoped
public class FlowImportService {

    static final List<String> REQUIRED = List.of("reporter", "partner", "period", "direction", "product_level",
            "value_usd", "precision");
    static final List<String> OPTIONAL = List.of("basis", "hs_code", "calculated_duty_usd", "precision_note",
            "rounding_unit_usd");

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
            Outcome outcome = load(connection, body, batchId, source, vintage, partnerCodes);
            if (outcome.rows() == 0 && outcome.errors().isEmpty()) {
                outcome.error(new CsvRowError(1, null, null, "the file has no data rows"));
            }
            // the good rows are in the table even when others were bad, so repeats are found in every case
            duplicates(connection, batchId, outcome);
            if (!outcome.errors().isEmpty()) {
                outcome.errors().sort(Comparator.comparingLong(CsvRowError::line));
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

    /** What the pass over the file found. */
    private final class Outcome {
        private final List<CsvRowError> errors = new ArrayList<>();
        private long rows;
        private long badRows;
        private boolean truncated;

        List<CsvRowError> errors() {
            return errors;
        }

        long rows() {
            return rows;
        }

        long badRows() {
            return badRows;
        }

        boolean truncated() {
            return truncated;
        }

        void error(CsvRowError error) {
            if (errors.size() < config.maxReportedErrors()) {
                errors.add(error);
            } else {
                truncated = true;
            }
        }
    }

    private Outcome load(Connection connection, InputStream body, long batchId, String source, String vintage,
                         Map<String, String> partnerCodes) throws SQLException {
        Outcome outcome = new Outcome();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        Reader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(format).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            outcome.error(new CsvRowError(1, null, null, "unreadable header: " + e.getMessage()));
            outcome.badRows++;
            return outcome;
        }
        try (parser; PreparedStatement insert = connection.prepareStatement(INSERT_FLOW)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames(), outcome);
            if (!outcome.errors().isEmpty()) {
                outcome.badRows++;
                return outcome;
            }
            long previousEnd = parser.getCurrentLineNumber();
            int pending = 0;
            try {
                for (CSVRecord record : parser) {
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    if (isBlank(record)) {
                        continue;
                    }
                    outcome.rows++;
                    if (!readRow(record, line, columns, partnerCodes, outcome, insert)) {
                        outcome.badRows++;
                        continue;
                    }
                    insert.setString(11, source);
                    insert.setString(15, vintage);
                    insert.setLong(16, batchId);
                    insert.setInt(17, Math.toIntExact(line));
                    insert.addBatch();
                    if (++pending == config.batchSize()) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            } catch (UncheckedIOException e) {
                outcome.rows++;
                outcome.badRows++;
                outcome.error(new CsvRowError(previousEnd + 1, null, null, "malformed CSV: " + rootMessage(e)));
                return outcome;
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcome;
    }

    /** Column positions by lower-case name; a missing, unknown or repeated column is an error of line 1. */
    private static Map<String, Integer> columns(List<String> header, Outcome outcome) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> known = new LinkedHashSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                outcome.error(new CsvRowError(1, name, header.get(i), "unknown column; the columns are " + known));
            } else if (columns.putIfAbsent(name, i) != null) {
                outcome.error(new CsvRowError(1, name, header.get(i), "column appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                outcome.error(new CsvRowError(1, required, null, "missing column"));
            }
        }
        return columns;
    }

    /**
     * Checks one row and, when it is good, sets its values on the insert (parameters 1-10, 12-14). Every
     * bad field of the row is reported.
     */
    private static boolean readRow(CSVRecord record, long line, Map<String, Integer> columns, Map<String, String> partnerCodes,
                                   Outcome outcome, PreparedStatement insert) throws SQLException {
        if (!record.isConsistent()) {
            outcome.error(new CsvRowError(line, null, null, "has " + record.size() + " fields; the header has "
                    + record.getParser().getHeaderNames().size()));
            return false;
        }
        Row row = new Row(record, line, columns, outcome);
        String reporter = row.partner("reporter", partnerCodes);
        String partner = row.partner("partner", partnerCodes);
        if (reporter != null && reporter.equals(partner)) {
            row.error("partner", record.get(columns.get("partner")), "must differ from the reporter");
        }
        PeriodBasis basis = row.enumeration("basis", PeriodBasis.class, false);
        Period period = row.period(basis);
        Direction direction = row.enumeration("direction", Direction.class, true);
        ProductLevel level = row.enumeration("product_level", ProductLevel.class, true);
        String hsCode = row.text("hs_code");
        if (level != null && !level.accepts(hsCode)) {
            row.error("hs_code", hsCode, level == ProductLevel.TOTAL ? "must be empty for a TOTAL row"
                    : "must have exactly " + level.digits() + " digits for " + level + " (keep leading zeros)");
        }
        BigDecimal value = row.dollars("value_usd", true, false);
        BigDecimal duty = row.dollars("calculated_duty_usd", false, false);
        ValuePrecision precision = row.enumeration("precision", ValuePrecision.class, true);
        String note = row.text("precision_note");
        if (note != null && note.length() > 200) {
            row.error("precision_note", note, "must be at most 200 characters");
        }
        BigDecimal unit = row.dollars("rounding_unit_usd", false, true);
        if (unit != null && precision != null && precision != ValuePrecision.ROUNDED) {
            row.error("rounding_unit_usd", unit.toPlainString(), "applies to ROUNDED figures only");
        }
        if (row.bad) {
            return false;
        }
        insert.setString(1, reporter);
        insert.setString(2, partner);
        insert.setString(3, period.label());
        insert.setString(4, period.basis().name());
        insert.setInt(5, period.year());
        insert.setString(6, direction.name());
        insert.setString(7, level.name());
        setNullable(insert, 8, hsCode, Types.VARCHAR);
        insert.setBigDecimal(9, value);
        setNullable(insert, 10, duty, Types.NUMERIC);
        insert.setString(12, precision.name());
        setNullable(insert, 13, note, Types.VARCHAR);
        setNullable(insert, 14, unit, Types.NUMERIC);
        return true;
    }

    private static void setNullable(PreparedStatement statement, int index, Object value, int type) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
        } else {
            statement.setObject(index, value, type);
        }
    }

    /** Reads the cells of one record, collecting what is wrong with them. */
    private static final class Row {
        private final CSVRecord record;
        private final long line;
        private final Map<String, Integer> columns;
        private final Outcome outcome;
        private boolean bad;

        Row(CSVRecord record, long line, Map<String, Integer> columns, Outcome outcome) {
            this.record = record;
            this.line = line;
            this.columns = columns;
            this.outcome = outcome;
        }

        void error(String field, String value, String message) {
            bad = true;
            outcome.error(new CsvRowError(line, field, value, message));
        }

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = record.get(index);
            if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                // PostgreSQL refuses NUL in text, and no figure or code of a trade file has control characters
                error(column, value.replaceAll("\\p{Cntrl}", "?"), "must not contain control characters");
                return null;
            }
            return value == null || value.isEmpty() ? null : value;
        }

        String partner(String column, Map<String, String> partnerCodes) {
            String value = text(column);
            if (value == null) {
                error(column, null, "is required");
                return null;
            }
            String iso = partnerCodes.get(value.toUpperCase(Locale.ROOT));
            if (iso == null) {
                error(column, value, "unknown partner code (an ISO alpha-2 or Census country code the service holds)");
            }
            return iso;
        }

        <E extends Enum<E>> E enumeration(String column, Class<E> type, boolean required) {
            String value = text(column);
            if (value == null) {
                if (required) {
                    error(column, null, "is required");
                }
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(column, value, "must be one of " + Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        Period period(PeriodBasis basis) {
            String value = text("period");
            Period.Result result = Period.parse(value, basis);
            if (result.period().isEmpty()) {
                error("period", value, result.error());
                return null;
            }
            return result.period().get();
        }

        BigDecimal dollars(String column, boolean required, boolean positive) {
            String value = text(column);
            if (value == null) {
                if (required) {
                    error(column, null, "is required");
                }
                return null;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                error(column, value, "is not a number (write plain digits: 1234567)");
                return null;
            }
            if (positive ? number.signum() <= 0 : number.signum() < 0) {
                error(column, value, positive ? "must be positive" : "must not be negative");
                return null;
            }
            if (number.stripTrailingZeros().scale() > 0) {
                error(column, value, "must be whole US dollars");
                return null;
            }
            BigDecimal whole = number.setScale(0);
            if (whole.precision() > 18) {
                error(column, value, "is too large (at most 18 digits)");
                return null;
            }
            return whole;
        }
    }

    /** Rows appearing twice in the file (same reporter, partner, period, direction and product). */
    private static void duplicates(Connection connection, long batchId, Outcome outcome) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT array_agg(source_line ORDER BY source_line)"
                + " FROM trade_flow WHERE import_batch_id = ?"
                + " GROUP BY reporter, partner, period, direction, product_level, hs_code HAVING count(*) > 1"
                + " ORDER BY min(source_line)")) {
            statement.setLong(1, batchId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Integer[] lines = (Integer[]) result.getArray(1).getArray();
                    for (int i = 1; i < lines.length; i++) {
                        outcome.badRows++;
                        outcome.error(new CsvRowError(lines[i], null, null, "repeats line " + lines[0]
                                + " (same reporter, partner, period, direction and product)"));
                    }
                }
            }
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Drops a UTF-8 byte order mark, which spreadsheet programs like to write. */
    private static Reader withoutByteOrderMark(Reader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
