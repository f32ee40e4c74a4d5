package org.tradedeal.tradedata.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tradedeal.tradedata.problem.CsvRowError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a trade-flow CSV upload as it arrives (Apache Commons CSV), without holding it in memory: each good
 * row goes to a sink, each bad one is reported to a {@link CsvOutcome} by line, column and reason. Knows
 * nothing of the database, so it is tested without one.
 *
 * <p>Layout (header row required, column names case-insensitive, any order):
 * {@code reporter, partner, period, direction, product_level, value_usd, precision} and optionally
 * {@code basis, hs_code, calculated_duty_usd, precision_note, rounding_unit_usd}.
 */
public final class FlowCsvReader {

    static final List<String> REQUIRED = List.of("reporter", "partner", "period", "direction", "product_level",
            "value_usd", "precision");
    static final List<String> OPTIONAL = List.of("basis", "hs_code", "calculated_duty_usd", "precision_note",
            "rounding_unit_usd");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    /** Where the good rows go; may throw what its store throws. */
    @FunctionalInterface
    public interface RowSink<X extends Exception> {
        void accept(FlowRow row) throws X;
    }

    private final Map<String, String> partnerCodes;

    /** @param partnerCodes ISO alpha-2 by every upper-case code a partner is known by */
    public FlowCsvReader(Map<String, String> partnerCodes) {
        this.partnerCodes = partnerCodes;
    }

    /**
     * Reads the whole upload, counting its data rows (blank lines are not rows) and its bad rows in the outcome.
     *
     * @return true when the file was read to its end (it may still have had bad rows), false when reading
     *         stopped at a bad header or at malformed CSV
     */
    public <X extends Exception> boolean read(InputStream body, CsvOutcome outcome, RowSink<X> sink) throws X {
        Reader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(FORMAT).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            outcome.error(new CsvRowError(1, null, null, "unreadable header: " + e.getMessage()));
            outcome.countBadRow();
            return false;
        }
        try (parser) {
            Map<String, Integer> columns = columns(parser.getHeaderNames(), outcome);
            if (!outcome.errors().isEmpty()) {
                outcome.countBadRow();
                return false;
            }
            FlowRowReader rows = new FlowRowReader(columns, partnerCodes, outcome);
            long previousEnd = parser.getCurrentLineNumber();
            try {
                for (CSVRecord record : parser) {
                    long line = previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    if (isBlank(record)) {
                        continue;
                    }
                    outcome.countRow();
                    var row = rows.read(record, line);
                    if (row.isEmpty()) {
                        outcome.countBadRow();
                        continue;
                    }
                    sink.accept(row.get());
                }
            } catch (UncheckedIOException e) {
                outcome.countRow();
                outcome.countBadRow();
                outcome.error(new CsvRowError(previousEnd + 1, null, null, "malformed CSV: " + rootMessage(e)));
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** Column positions by lower-case name; a missing, unknown or repeated column is an error of line 1. */
    private static Map<String, Integer> columns(List<String> header, CsvOutcome outcome) {
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
