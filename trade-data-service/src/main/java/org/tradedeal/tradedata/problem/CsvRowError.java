package org.tradedeal.tradedata.problem;

/**
 * One bad cell (or row) of an uploaded CSV file.
 *
 * @param line    the line of the file the row starts on (the header is line 1)
 * @param field   the column, as named in the header ({@code null} for a row-level problem)
 * @param value   the offending value as read, cut to 100 characters
 * @param message why it was rejected
 */
public record CsvRowError(long line, String field, String value, String message) {

    public CsvRowError {
        if (value != null && value.length() > 100) {
            value = value.substring(0, 100) + "...";
        }
    }
}
