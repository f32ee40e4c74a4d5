package org.tradedeal.rules.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tradedeal.rules.support.Scenario;

/**
 * Writes the request body of the HTTP load test (src/benchmark/load/evaluation-10.json): the JMH
 * benchmark's 10-commitment draft against the Pakistan-US 2024 baseline.
 */
public final class LoadTestRequest {

    private LoadTestRequest() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValueAsString(Scenario.request(ScoringBenchmark.draftOf(10))));
    }
}
