package org.tradedeal.negotiation.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Short fault-tolerance timings and a busy scoring worker, so that outages and recoveries play out in
 * seconds. The first retry waits 2 s: long enough that the worker leaves a test's submissions alone
 * while the test is still making them. The timeouts (1.2 s) stay below the 2 s delay of the slow-downstream stub
 * but far above a healthy call on a busy 2-core machine: at 500 ms a healthy call under load timed out now and
 * then, and a draft the test expected scored at once waited in the queue instead.
 */
public class FastRecoveryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("negotiation.scoring.poll-interval", "200ms"),
                Map.entry("negotiation.scoring.initial-backoff", "2s"),
                Map.entry("negotiation.scoring.max-backoff", "2s"),
                Map.entry(ft("RulesGateway/evaluate", "timeout.value"), "1200"),
                Map.entry(ft("RulesGateway/evaluate", "retry.delay"), "10"),
                Map.entry(ft("RulesGateway/evaluate", "retry.jitter"), "0"),
                Map.entry(ft("RulesGateway/evaluate", "circuit-breaker.delay"), "1000"),
                Map.entry(ft("TradeDataGateway/baseline", "timeout.value"), "1200"),
                Map.entry(ft("TradeDataGateway/baseline", "retry.delay"), "10"),
                Map.entry(ft("TradeDataGateway/baseline", "retry.jitter"), "0"),
                Map.entry(ft("TradeDataGateway/baseline", "circuit-breaker.delay"), "1000"));
    }

    /** The key of one fault-tolerance setting of one client method. */
    private static String ft(String clientMethod, String setting) {
        return "quarkus.fault-tolerance.\"org.tradedeal.negotiation.client." + clientMethod + "\"." + setting;
    }
}
