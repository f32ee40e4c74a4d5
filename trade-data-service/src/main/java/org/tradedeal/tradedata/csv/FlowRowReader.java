package org.tradedeal.tradedata.csv;

import org.apache.commons.csv.CSVRecord;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.Period;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;
import org.tradedeal.tradedata.problem.CsvRowError;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks the cells of one record against the layout and reports every bad field of the row. */
final class FlowRowReader {

    private final Map<String, Integer> columns;
    private final Map<String, String> partnerCodes;
    private final CsvOutcome outcome;

    FlowRowReader(Map<String, Integer> columns, Map<String, String> partnerCodes, CsvOutcome outcome) {
        this.columns = columns;
        this.partnerCodes = partnerCodes;
        this.outcome = outcome;
    }

    /** The row, or empty when any field is bad (each bad field has been reported). */
    Optional<FlowRow> read(CSVRecord record, long line) {
        if (!record.isConsistent()) {
            outcome.error(new CsvRowError(line, null, null, "has " + record.size() + " fields; the header has "
                    + record.getParser().getHeaderNames().size()));
            return Optional.empty();
        }
        Cells row = new Cells(record, line);
        String reporter = row.partner("reporter");
        String partner = row.partner("partner");
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
            return Optional.empty();
        }
        return Optional.of(new FlowRow(line, reporter, partner, period, direction, level, hsCode, value, duty,
                precision, note, unit));
    }

    /** Reads the cells of one record, collecting what is wrong with them. */
    private final class Cells {
        private final CSVRecord record;
        private final long line;
        private boolean bad;

        Cells(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
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

        String partner(String column) {
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
}
