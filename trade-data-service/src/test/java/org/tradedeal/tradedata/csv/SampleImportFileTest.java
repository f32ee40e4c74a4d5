package org.tradedeal.tradedata.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample file the root README and tour.http import (us-pk-2025.csv) stays a file the import accepts. */
class SampleImportFileTest {

    @Test
    void theReadmesSampleFileIsReadWithoutABadRow() throws IOException {
        Path sample = Path.of("..", "us-pk-2025.csv");
        List<FlowRow> rows = new ArrayList<>();
        CsvOutcome outcome = new CsvOutcome(1000);
        try (InputStream body = Files.newInputStream(sample)) {
            assertThat(new FlowCsvReader(Map.of("US", "US", "PK", "PK", "5350", "PK")).read(body, outcome, rows::add))
                    .isTrue();
        }
        assertThat(outcome.errors()).isEmpty();
        assertThat(rows).extracting(FlowRow::partner).containsOnly("PK");
        assertThat(rows).hasSize(Files.readAllLines(sample).size() - 1);
    }
}
