package org.tradedeal.rules.benchmark;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tradedeal.rules.api.DraftInput;
import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.api.EvaluationResult;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.support.Scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * In-process evaluations per second of one thread, against the Pakistan-US 2024 baseline (84 import
 * lines, 9 export products, 21 listed barriers), for drafts of 1, 10 and 100 commitments. Run with
 * {@code ./mvnw -B -ntp -pl rules-service -Pbenchmark verify} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

    private static final List<String> PRODUCTS = List.of("5201", "1201", "2709", "2711", "7204", "2701", "8471", "0802",
            "8411", "9018");
    private static final List<String> BARRIERS = List.of("SPS-1", "SPS-2", "SPS-3", "TBT-1", "BAN-1", "LIC-1", "IP-1",
            "IP-2", "TAR-2", "CUS-1");

    /** Commitments in the draft: purchases, barrier removals and tariff cuts, in turn. */
    @Param({"1", "10", "100"})
    public int commitments;

    private ScoringEngine engine;
    private EvaluationRequest request;

    @Setup
    public void setUp() {
        engine = StandaloneEngine.create();
        request = Scenario.request(draftOf(commitments));
    }

    @Benchmark
    public EvaluationResult evaluate() {
        return engine.evaluate(request);
    }

    static DraftInput draftOf(int commitments) {
        Scenario.DraftBuilder draft = Scenario.draft();
        for (int i = 0; i < commitments; i++) {
            switch (i % 3) {
                case 0 -> draft.purchase(PRODUCTS.get(i / 3 % PRODUCTS.size()), 50_000_000L + i * 1_000_000L,
                        2025 + i % 3, 3, i % 2 == 0);
                case 1 -> draft.removal(BARRIERS.get(i / 3 % BARRIERS.size()), LocalDate.of(2025, 9, 30), true, i % 4 != 1);
                default -> draft.cut(PRODUCTS.get(i / 3 % PRODUCTS.size()), 20, 5);
            }
        }
        return draft.build();
    }
}
