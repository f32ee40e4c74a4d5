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

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
        Stubs.rules(downstreams, Stubs.problem(500, "rules-service is down"));
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

    private static void awaitScored(long draft) {
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Api.version(draft, 1).statusCode(200).body("status", is("SCORED")));
    }
}
