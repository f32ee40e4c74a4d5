package org.tradedeal.tradedata.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/**
 * What the CSV imports do, for the operator: rows read ({@code trade_data_import_rows_total}, whose rate is
 * the import's rows per second) and the time of each import ({@code trade_data_import_duration_seconds}),
 * both by outcome: {@code imported} (committed) or {@code rejected} (a bad row: nothing written).
 * Registered at start, so both outcomes are scraped (as zero) before the first import.
 */
@Startup
@ApplicationScoped
public class ImportMetrics {

    private final Counter importedRows;
    private final Counter rejectedRows;
    private final Timer imported;
    private final Timer rejected;

    public ImportMetrics(MeterRegistry registry) {
        importedRows = rows(registry, "imported");
        rejectedRows = rows(registry, "rejected");
        imported = duration(registry, "imported");
        rejected = duration(registry, "rejected");
    }

    void imported(long rows, long nanos) {
        importedRows.increment(rows);
        imported.record(nanos, TimeUnit.NANOSECONDS);
    }

    void rejected(long rows, long nanos) {
        rejectedRows.increment(rows);
        rejected.record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Counter rows(MeterRegistry registry, String outcome) {
        return Counter.builder("trade_data.import.rows").description("Data rows read by CSV imports, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private static Timer duration(MeterRegistry registry, String outcome) {
        return Timer.builder("trade_data.import.duration").description("Time of one CSV import, by outcome")
                .tag("outcome", outcome).register(registry);
    }
}
