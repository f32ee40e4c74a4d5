package org.tradedeal.rules.benchmark;

import org.tradedeal.rules.api.EvaluationRequest;
import org.tradedeal.rules.engine.ScoringEngine;
import org.tradedeal.rules.support.Scenario;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The thread's CPU time per evaluation of the JMH benchmark's drafts (best of five rounds after a warm-up).
 * On a machine other processes share, throughput measures the scheduler as much as the code; CPU time
 * does much less, so two builds measured one after the other compare. Arguments: the draft sizes
 * (commitments), e.g. {@code 1 10 100}.
 */
public final class CpuPerEvaluation {

    private CpuPerEvaluation() {
    }

    public static void main(String[] args) {
        ScoringEngine engine = StandaloneEngine.create();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String arg : args) {
            int commitments = Integer.parseInt(arg);
            EvaluationRequest request = Scenario.request(ScoringBenchmark.draftOf(commitments));
            int rounds = commitments >= 100 ? 10_000 : 50_000;
            for (int i = 0; i < 2 * rounds; i++) {
                engine.evaluate(request);
            }
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < rounds; i++) {
                    engine.evaluate(request);
                }
                best = Math.min(best, (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / rounds);
            }
            System.out.printf("commitments %d: %.1f us of CPU per evaluation (%.0f evaluations per CPU second)%n",
                    commitments, best, 1e6 / best);
        }
    }
}
