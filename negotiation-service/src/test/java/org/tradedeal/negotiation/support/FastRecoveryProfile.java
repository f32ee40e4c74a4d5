package org.tradedeal.negotiation.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Short fault-tolerance timings and a busy scoring worker, so that outages and recoveries play out in
 * seconds. The first retry waits 2 s: long enough that the worker leaves a test's submissions alone
 * while the test is still making them.
 */
public class FastRecoveryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("negotiation.scoring.poll-interval", "200ms"),
                Map.entry("negotiation.scoring.initial-backoff", "2s"),
                Map.entry("negotiation.scoring.max-backoff", "2s"),
                Map.entry(ft("RulesGateway/evaluate", "timeout.value"), "500"),
                Map.entry(ft("RulesGateway/evaluate", "retry.delay"), "10"),
                Map.entry(ft("RulesGateway/evaluate", "retry.jitter"), "0"),
                Map.entry(ft("RulesGateway/evaluate", "circuit-breaker.delay"), "1000"),
                Map.entry(ft("TradeDataGateway/baseline", "timeout.value"), "500"),
                Map.entry(ft("TradeDataGateway/baseline", "retry.delay"), "10"),
                Map.entry(ft("TradeDataGateway/baseline", "retry.jitter"), "0"),
                Map.entry(ft("TradeDataGateway/baseline", "circuit-breaker.delay"), "1000"));
    }

    /** The key of one fault-tolerance setting of one client method. */
    private static String ft(String clientMethod, String setting) {
        return "quarkus.fault-tolerance.\"org.tradedeal.negotiation.client." + clientMethod + "\"." + setting;
    }
}
