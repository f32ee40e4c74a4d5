package org.tradedeal.rules.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tradedeal.rules.support.Scenario;

/**
 * Writes a request body: without arguments the HTTP load test's (src/benchmark/load/evaluation-10.json,
 * the JMH benchmark's 10-commitment draft), with {@code july-2025} the README's example
 * (examples/july-2025-package.json); both against the Pakistan-US 2024 baseline.
 */
public final class LoadTestRequest {

    private LoadTestRequest() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        boolean example = args.length > 0 && args[0].equals("july-2025");
        System.out.println(example
                ? json.writerWithDefaultPrettyPrinter().writeValueAsString(Scenario.request(Scenario.july2025Package()))
                : json.writeValueAsString(Scenario.request(ScoringBenchmark.draftOf(10))));
    }
}
