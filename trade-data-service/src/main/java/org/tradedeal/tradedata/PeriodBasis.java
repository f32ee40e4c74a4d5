package org.tradedeal.tradedata;

/** How a ledger cuts time: calendar years, or fiscal years (labelled "FY2024-25", counted by the year they end). */
public enum PeriodBasis {
    CALENDAR_YEAR,
    FISCAL_YEAR
}
