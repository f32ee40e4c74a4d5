package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.FastRecoveryProfile;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * A downstream that fails, hangs or stays down never loses a draft: the version waits as
 * SCORING_PENDING and the worker scores it, once, when the downstream answers again.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
@TestProfile(FastRecoveryProfile.class)
class ResilienceTests extends StubbedDownstreams {

    private static final Duration RECOVERY = Duration.ofSeconds(20);


    @Test
    void shouldScoreADraftOnceRulesServiceIsBackAfterFailing() {
        Stubs.rules(downstreams, Stubs.problem(503, "rules-service is down"));
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(202).body("status", is("SCORING_PENDING"));

        Stubs.rules(downstreams, Stubs.ok(Stubs.EVALUATION));

        awaitScored(draft);
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
    }

    @Test
    void shouldScoreADraftOnceRulesServiceAnswersInTimeAgain() {
        Stubs.rules(downstreams, Stubs.ok(Stubs.EVALUATION).withFixedDelay(2_000));
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(202).body("scoring.lastError", org.hamcrest.Matchers.containsString("Timeout"));
        downstreams.verify(3, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));

        Stubs.rules(downstreams, Stubs.ok(Stubs.EVALUATION));

        awaitScored(draft);
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
    }

    @Test
    void shouldStopCallingTradeDataWhileItsCircuitIsOpenAndScoreEverythingAfterwards() {
        Stubs.baseline(downstreams, Stubs.problem(503, "trade-data-service is down"));
        long negotiation = Api.openNegotiation();
        List<Long> drafts = LongStream.range(0, 3).mapToObj(i -> Api.createDraft(negotiation)).toList();

        drafts.forEach(draft -> Api.submit(draft, 1).statusCode(202));

        // 3 calls for the first draft (a try and two retries), 1 for the second, which opens the circuit
        // (4 calls, all failed); the third draft is kept without a call.
        downstreams.verify(4, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)));
        downstreams.verify(0, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));

        Stubs.baseline(downstreams, Stubs.ok(Stubs.BASELINE));

        drafts.forEach(ResilienceTests::awaitScored);
        drafts.forEach(draft -> assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1));
    }

    @Test
    void aDraftTheRulesCannotScoreFailsAfterThreeAttemptsWithoutHoldingUpTheOthers() {
        // rules-service crashes (500) on one draft, the poison (the only one buying HS 0101), and scores the rest.
        downstreams.stubFor(Stubs.rulesRequest().atPriority(1)
                .withRequestBody(matchingJsonPath("$.draft.purchases[0].hsCode", equalTo("0101")))
                .willReturn(Stubs.problem(500, "ArithmeticException: Overflow")));
        long negotiation = Api.openNegotiation();
        long poison = Api.createDraft(negotiation,
                Api.content(List.of(Api.purchase("0101", 1_000_000L, 2025, 1)), List.of()));
        Api.submit(poison, 1).statusCode(202).body("status", is("SCORING_PENDING"));

        // Drafts submitted after it are scored at once: the poison's 500s opened no circuit breaker.
        List<Long> healthy = LongStream.range(0, 5).mapToObj(i -> Api.createDraft(negotiation)).toList();
        healthy.forEach(draft -> Api.submit(draft, 1).statusCode(200).body("status", is("SCORED")));

        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Api.version(poison, 1).statusCode(200).body("status", is("SCORING_FAILED")));
        Api.version(poison, 1)
                .body("scoring.status", is("FAILED"))
                .body("scoring.attempts", is(3))
                .body("scoring.lastError", containsString("Overflow"));
        // The first attempt and two by the worker; no quick retries of a 500.
        downstreams.verify(3, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.draft.purchases[0].hsCode", equalTo("0101"))));
        assertThat(Api.evaluationCount(poison, 1)).isZero();
    }

    private static void awaitScored(long draft) {
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Api.version(draft, 1).statusCode(200).body("status", is("SCORED")));
    }
}
