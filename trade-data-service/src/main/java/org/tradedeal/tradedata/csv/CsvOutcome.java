package org.tradedeal.tradedata.csv;

import org.tradedeal.tradedata.problem.CsvRowError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a pass over an uploaded file found: how many data rows, how many bad, and the errors to report. Only
 * the first {@code maxReported} errors are kept, so a file of a million bad rows cannot fill the memory.
 */
public final class CsvOutcome {

    private final int maxReported;
    private final List<CsvRowError> errors = new ArrayList<>();
    private long rows;
    private long badRows;
    private boolean truncated;

    public CsvOutcome(int maxReported) {
        this.maxReported = maxReported;
    }

    public void error(CsvRowError error) {
        if (errors.size() < maxReported) {
            errors.add(error);
        } else {
            truncated = true;
        }
    }

    void countRow() {
        rows++;
    }

    public void countBadRow() {
        badRows++;
    }

    /** The errors kept, in the order found; see {@link #sortByLine()}. */
    public List<CsvRowError> errors() {
        return errors;
    }

    public void sortByLine() {
        errors.sort(Comparator.comparingLong(CsvRowError::line));
    }

    public long rows() {
        return rows;
    }

    public long badRows() {
        return badRows;
    }

    /** More errors were found than are kept. */
    public boolean truncated() {
        return truncated;
    }
}
