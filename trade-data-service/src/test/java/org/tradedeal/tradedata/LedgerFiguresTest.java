package org.tradedeal.tradedata;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerFiguresTest {

    private static final String CENSUS = "US Census general imports by HS2";
    private long ids;

    @Test
    void anExactFigureBeatsARoundedOne() {
        List<TradeFlow> rows = List.of(total(5_100_000_000L, ValuePrecision.ROUNDED, "USTR"),
                total(5_107_479_000L, ValuePrecision.EXACT, CENSUS));

        LedgerFigures.ChosenFigure chosen = LedgerFigures.choose(rows, Direction.IMPORT).orElseThrow().figure();

        assertEquals(BigDecimal.valueOf(5_107_479_000L), chosen.valueUsd());
        assertEquals(ValuePrecision.EXACT, chosen.precision());
        assertEquals(1, chosen.alternatives().size());
    }

    @Test
    void aDerivedFigureBeatsARoundedOneButNotAnExactOne() {
        assertEquals(ValuePrecision.DERIVED, LedgerFigures.choose(List.of(total(2, ValuePrecision.ROUNDED, "a"),
                total(1, ValuePrecision.DERIVED, "b")), Direction.IMPORT).orElseThrow().figure().precision());
        assertEquals(ValuePrecision.EXACT, LedgerFigures.choose(List.of(total(2, ValuePrecision.DERIVED, "a"),
                total(1, ValuePrecision.EXACT, "b")), Direction.IMPORT).orElseThrow().figure().precision());
    }

    @Test
    void theChapterRowsOfASourceSumToAnExactTotal() {
        List<TradeFlow> rows = new ArrayList<>(List.of(chapter("61", 100), chapter("62", 200), chapter("63", 300)));
        rows.add(total(1_000, ValuePrecision.ROUNDED, "USTR"));

        LedgerFigures.ChosenFigure chosen = LedgerFigures.choose(rows, Direction.IMPORT).orElseThrow().figure();

        assertEquals(BigDecimal.valueOf(600), chosen.valueUsd());
        assertEquals(LedgerFigures.Derivation.HS2_SUM, chosen.derivation());
        assertEquals(ValuePrecision.EXACT, chosen.precision());
        assertEquals(3, chosen.rowCount());
    }

    @Test
    void aPublishedTotalBeatsTheSumOfItsChaptersAndTheirDifferenceIsNoted() {
        List<TradeFlow> rows = new ArrayList<>(List.of(chapter("61", 100), chapter("62", 231)));
        rows.add(total(300, ValuePrecision.EXACT, CENSUS));

        LedgerFigures.Selection selection = LedgerFigures.choose(rows, Direction.IMPORT).orElseThrow();

        assertEquals(LedgerFigures.Derivation.TOTAL_ROW, selection.figure().derivation());
        assertEquals(BigDecimal.valueOf(300), selection.figure().valueUsd());
        assertEquals(LedgerFigures.Derivation.HS2_SUM, selection.figure().alternatives().get(0).derivation());
        assertTrue(selection.notes().get(0).contains("31 USD more"), selection.notes().get(0));
    }

    @Test
    void otherDirectionsAndFinerProductsAreNotTotals() {
        TradeFlow export = total(5, ValuePrecision.EXACT, "x");
        export.direction = Direction.EXPORT;
        TradeFlow heading = chapter("52", 7);
        heading.productLevel = ProductLevel.HS4;
        heading.hsCode = "5201";

        assertTrue(LedgerFigures.choose(List.of(export, heading), Direction.IMPORT).isEmpty());
    }

    private TradeFlow total(long value, ValuePrecision precision, String source) {
        TradeFlow flow = flow(ProductLevel.TOTAL, null, value, source);
        flow.precision = precision;
        return flow;
    }

    private TradeFlow chapter(String code, long value) {
        return flow(ProductLevel.HS2, code, value, CENSUS);
    }

    private TradeFlow flow(ProductLevel level, String code, long value, String source) {
        TradeFlow flow = new TradeFlow();
        flow.id = ++ids;
        flow.reporter = "US";
        flow.partner = "PK";
        flow.period = "2024";
        flow.basis = PeriodBasis.CALENDAR_YEAR;
        flow.year = 2024;
        flow.direction = Direction.IMPORT;
        flow.productLevel = level;
        flow.hsCode = code;
        flow.valueUsd = BigDecimal.valueOf(value);
        flow.precision = ValuePrecision.EXACT;
        flow.source = source;
        flow.vintage = "v1";
        return flow;
    }
}
