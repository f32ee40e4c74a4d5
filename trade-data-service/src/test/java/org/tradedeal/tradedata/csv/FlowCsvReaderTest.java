package org.tradedeal.tradedata.csv;

import org.junit.jupiter.api.Test;
import org.tradedeal.tradedata.Direction;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.ProductLevel;
import org.tradedeal.tradedata.ValuePrecision;
import org.tradedeal.tradedata.problem.CsvRowError;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The CSV layout and its checks, without a database: what the reader passes on and what it reports. */
class FlowCsvReaderTest {

    private static final String HEADER = "reporter,partner,period,basis,direction,product_level,hs_code,value_usd,precision,precision_note";
    private static final Map<String, String> PARTNERS = Map.of("US", "US", "CN", "CN", "5700", "CN");

    private final List<FlowRow> rows = new ArrayList<>();
    private final CsvOutcome outcome = new CsvOutcome(1000);

    @Test
    void turnsAGoodRowIntoCheckedValues() {
        assertThat(read(HEADER + "\nus,5700,2024,CALENDAR_YEAR,import,HS2,08,1200,EXACT,\n")).isTrue();

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.rows()).isEqualTo(1);
        FlowRow row = rows.get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.reporter()).isEqualTo("US");
        assertThat(row.partner()).as("the Census code is read as the partner's ISO code").isEqualTo("CN");
        assertThat(row.period().label()).isEqualTo("2024");
        assertThat(row.period().basis()).isEqualTo(PeriodBasis.CALENDAR_YEAR);
        assertThat(row.direction()).isEqualTo(Direction.IMPORT);
        assertThat(row.productLevel()).isEqualTo(ProductLevel.HS2);
        assertThat(row.hsCode()).as("leading zeros kept").isEqualTo("08");
        assertThat(row.valueUsd()).isEqualTo(new BigDecimal("1200"));
        assertThat(row.precision()).isEqualTo(ValuePrecision.EXACT);
        assertThat(row.precisionNote()).as("an empty cell is no value").isNull();
        assertThat(row.calculatedDutyUsd()).as("an absent optional column is no value").isNull();
    }

    @Test
    void reportsEveryBadFieldOfARowAndPassesOnlyTheGoodRows() {
        boolean readToEnd = read(HEADER + "\n"
                + "US,CN,2024,,EXPORT,TOTAL,,100,EXACT,\n"
                + "US,ZZ,2024,,EXPRT,HS4,12,-5,EXACT,\n"
                + "US,US,2024,,IMPORT,TOTAL,,1.5,ROUNDED,\n");

        assertThat(readToEnd).as("bad rows do not stop the reading").isTrue();
        assertThat(rows).extracting(FlowRow::line).containsExactly(2L);
        assertThat(outcome.rows()).isEqualTo(3);
        assertThat(outcome.badRows()).isEqualTo(2);
        assertThat(outcome.errors()).extracting(CsvRowError::line, CsvRowError::field).containsExactly(
                tuple(3L, "partner"), tuple(3L, "direction"), tuple(3L, "hs_code"), tuple(3L, "value_usd"),
                tuple(4L, "partner"), tuple(4L, "value_usd"));
        assertThat(outcome.errors().get(5).message()).isEqualTo("must be whole US dollars");
    }

    @Test
    void namesTheLineOfARowWithTheWrongNumberOfFieldsAndSkipsBlankLines() {
        read(HEADER + "\n\nUS,CN,2024\n\nUS,CN,2024,,EXPORT,TOTAL,,100,EXACT,\n");

        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("has 3 fields; the header has 10");
        });
        assertThat(rows).extracting(FlowRow::line).containsExactly(5L);
        assertThat(outcome.rows()).as("blank lines are not rows").isEqualTo(2);
    }

    @Test
    void rejectsAMissingUnknownOrRepeatedColumnOnLineOneAndReadsNoRow() {
        boolean readToEnd = read("Reporter,partner,period,direction,product_level,value_usd,colour,partner\n"
                + "US,CN,2024,EXPORT,TOTAL,100,red,CN\n");

        assertThat(readToEnd).isFalse();
        assertThat(rows).isEmpty();
        assertThat(outcome.badRows()).isEqualTo(1);
        assertThat(outcome.errors()).extracting(CsvRowError::line, CsvRowError::field, CsvRowError::message).containsExactly(
                tuple(1L, "colour", "unknown column; the columns are [reporter, partner, period, direction, product_level,"
                        + " value_usd, precision, basis, hs_code, calculated_duty_usd, precision_note, rounding_unit_usd]"),
                tuple(1L, "partner", "column appears twice"),
                tuple(1L, "precision", "missing column"));
    }

    @Test
    void stopsAtMalformedCsvAndSaysWhere() {
        boolean readToEnd = read(HEADER + "\nUS,CN,2024,,EXPORT,TOTAL,,100,EXACT,\n\"US,PK,2024\n");

        assertThat(readToEnd).isFalse();
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).startsWith("malformed CSV: ");
        });
        assertThat(outcome.rows()).isEqualTo(2);
        assertThat(outcome.badRows()).isEqualTo(1);
    }

    @Test
    void dropsAByteOrderMarkBeforeTheHeader() {
        assertThat(read("\uFEFF" + HEADER + "\nUS,CN,2024,,EXPORT,TOTAL,,100,EXACT,\n")).isTrue();

        assertThat(outcome.errors()).isEmpty();
        assertThat(rows).hasSize(1);
    }

    @Test
    void refusesControlCharactersAndShowsThemAsQuestionMarks() {
        read(HEADER + "\nUS,CN,2024,,EXPORT,TOTAL,,100,EXACT,a\u0000b\n");

        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("precision_note");
            assertThat(error.value()).isEqualTo("a?b");
        });
        assertThat(rows).isEmpty();
    }

    @Test
    void keepsOnlyTheFirstErrorsButCountsEveryBadRow() {
        CsvOutcome capped = new CsvOutcome(2);
        String bad = "US,CN,2024,,EXPORT,TOTAL,,-1,EXACT,\n";
        new FlowCsvReader(PARTNERS).read(utf8(HEADER + "\n" + bad.repeat(5)), capped, rows::add);

        assertThat(capped.errors()).hasSize(2);
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.badRows()).isEqualTo(5);
    }

    private boolean read(String csv) {
        return new FlowCsvReader(PARTNERS).read(utf8(csv), outcome, rows::add);
    }

    private static ByteArrayInputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
