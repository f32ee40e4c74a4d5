package org.tradedeal.tradedata.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.util.List;

/**
 * An uploaded file rejected as a whole: every bad row is listed (up to the configured limit, with the full
 * count always given) and nothing of the file was written.
 */
public class InvalidCsv extends HttpProblem {

    public InvalidCsv(List<CsvRowError> errors, long badRowCount, long rowsRead, boolean truncated) {
        super(builder()
                .withType(ProblemTypes.INVALID_CSV)
                .withStatus(422)
                .withTitle("The CSV file was rejected")
                .withDetail(badRowCount + " of " + rowsRead + " data rows are invalid; nothing was imported.")
                .with("badRowCount", badRowCount)
                .with("rowsRead", rowsRead)
                .with("errorsTruncated", truncated)
                .with("errors", List.copyOf(errors)));
    }
}
