package org.tradedeal.tradedata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period label as sources write it, read into its basis and year: "2024" is calendar year 2024;
 * "FY2024-25" is the fiscal year that ends in 2025 (Pakistan's runs July 2024 to June 2025).
 */
public record Period(String label, PeriodBasis basis, int year) {

    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})");
    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})-(\\d{2})");

    /** Reads the label, checking it against the basis when one is given; an error message when it does not fit. */
    public static Result parse(String label, PeriodBasis declared) {
        if (label == null || label.isBlank()) {
            return Result.error("is required: a calendar year (2024) or a fiscal year (FY2024-25)");
        }
        String text = label.strip();
        Matcher calendar = CALENDAR.matcher(text);
        Matcher fiscal = FISCAL.matcher(text);
        Period period;
        if (calendar.matches()) {
            period = new Period(text, PeriodBasis.CALENDAR_YEAR, Integer.parseInt(calendar.group(1)));
        } else if (fiscal.matches()) {
            int start = Integer.parseInt(fiscal.group(1));
            if ((start + 1) % 100 != Integer.parseInt(fiscal.group(2))) {
                return Result.error("fiscal year " + text + " does not end the year after it starts");
            }
            period = new Period(text, PeriodBasis.FISCAL_YEAR, start + 1);
        } else {
            return Result.error("must be a calendar year (2024) or a fiscal year (FY2024-25)");
        }
        if (period.year < 1900 || period.year > 2100) {
            return Result.error("year must be between 1900 and 2100");
        }
        if (declared != null && declared != period.basis) {
            return Result.error("the period " + text + " is a " + period.basis + ", not a " + declared);
        }
        return new Result(Optional.of(period), null);
    }

    /** A parsed period or why the label was refused. */
    public record Result(Optional<Period> period, String error) {
        static Result error(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
