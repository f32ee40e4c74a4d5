package org.tradedeal.rules.engine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.tradedeal.rules.api.DraftInput;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long scoring takes, by the size of the draft: the timer {@code rules.evaluations} (in Prometheus
 * {@code rules_evaluations_seconds_count|sum|bucket}) tagged {@code commitments} with the band of the
 * draft's purchases, barrier removals and tariff cuts. Bands rather than counts keep the tag to five
 * values whatever the drafts; the buckets let a dashboard draw percentiles per band. Registered at start, so
 * every band is scraped (as zero) before its first draft.
 */
@Startup
@ApplicationScoped
public class EvaluationMetrics {

    /** The upper bound of each band, in order; the last band has none. */
    private static final int[] BAND_LIMITS = {0, 5, 20, 100};

    private final Map<String, Timer> timers = new LinkedHashMap<>();

    public EvaluationMetrics(MeterRegistry registry) {
        for (int limit : BAND_LIMITS) {
            timers.put(band(limit), timer(registry, band(limit)));
        }
        String last = band(Integer.MAX_VALUE);
        timers.put(last, timer(registry, last));
    }

    /** Runs one evaluation of the draft and records its time under the draft's band. */
    public <T> T time(DraftInput draft, Supplier<T> evaluation) {
        return timers.get(band(commitments(draft))).record(evaluation);
    }

    static int commitments(DraftInput draft) {
        return draft.purchases().size() + draft.barrierRemovals().size() + draft.tariffCuts().size();
    }

    /** The band a number of commitments falls in: 0, 1-5, 6-20, 21-100 or 101+. */
    static String band(int commitments) {
        int lower = 0;
        for (int limit : BAND_LIMITS) {
            if (commitments <= limit) {
                return lower == limit ? String.valueOf(limit) : lower + "-" + limit;
            }
            lower = limit + 1;
        }
        return lower + "+";
    }

    private static Timer timer(MeterRegistry registry, String band) {
        return Timer.builder("rules.evaluations")
                .description("Time to score one draft, by the band of its number of commitments")
                .tag("commitments", band)
                .serviceLevelObjectives(Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2),
                        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
                        Duration.ofMillis(100), Duration.ofMillis(250))
                .register(registry);
    }
}
