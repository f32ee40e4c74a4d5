package org.tradedeal.tradedata;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void aYearIsACalendarYear() {
        Period period = Period.parse("2024", null).period().orElseThrow();

        assertEquals(PeriodBasis.CALENDAR_YEAR, period.basis());
        assertEquals(2024, period.year());
    }

    @Test
    void aFiscalYearCountsAsTheYearItEnds() {
        Period period = Period.parse("FY2024-25", PeriodBasis.FISCAL_YEAR).period().orElseThrow();

        assertEquals(PeriodBasis.FISCAL_YEAR, period.basis());
        assertEquals(2025, period.year());
    }

    @Test
    void labelsThatDoNotFitAreRefusedWithAReason() {
        assertTrue(Period.parse("FY2024-26", null).error().contains("does not end the year after"));
        assertTrue(Period.parse("2024", PeriodBasis.FISCAL_YEAR).error().contains("not a FISCAL_YEAR"));
        assertTrue(Period.parse("24", null).error().contains("calendar year"));
        assertTrue(Period.parse(null, null).error().contains("required"));
    }
}
