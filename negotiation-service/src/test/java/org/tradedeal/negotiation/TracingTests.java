package org.tradedeal.negotiation;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * A submission's trace reaches both downstreams, and so does the scoring worker's retry, minutes later:
 * its calls carry the trace of the submission (the traceparent kept with the scoring request), so the
 * whole way of a draft to its score is one trace.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
@TestProfile(FastRecoveryProfile.class)
class TracingTests extends StubbedDownstreams {

    private static final String TRACE_ID = "7a3f9c1e2b4d6f8091a2b3c4d5e6f708";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-1a2b3c4d5e6f7081-01";

    @Test
    void theCallsOfASubmissionCarryItsTraceToBothDownstreams() {
        long draft = Api.createDraft(Api.openNegotiation());

        given().header("traceparent", TRACEPARENT).post("/api/v1/drafts/{id}/versions/1/submission", draft)
                .then().statusCode(200);

        assertInTheTrace(downstreams.findAll(getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH))));
        assertInTheTrace(downstreams.findAll(postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))));
    }

    @Test
    void theScoringWorkersRetryCarriesTheTraceOfTheSubmission() {
        Stubs.rules(downstreams, Stubs.problem(503, "rules-service is down"));
        long draft = Api.createDraft(Api.openNegotiation());
        given().header("traceparent", TRACEPARENT).post("/api/v1/drafts/{id}/versions/1/submission", draft)
                .then().statusCode(202);
        int callsOfTheSubmission = downstreams.findAll(postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))).size();

        Stubs.rules(downstreams, Stubs.ok(Stubs.EVALUATION));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Api.version(draft, 1).statusCode(200).body("status", is("SCORED")));

        List<LoggedRequest> calls = downstreams.findAll(postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
        assertThat(callsOfTheSubmission).isEqualTo(3); // the try and two quick retries, all failed
        assertThat(calls).hasSizeGreaterThan(callsOfTheSubmission); // and the worker's
        assertInTheTrace(calls);
    }

    private static void assertInTheTrace(List<LoggedRequest> calls) {
        assertThat(calls).isNotEmpty().allSatisfy(call ->
                assertThat(call.getHeader("traceparent")).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01"));
    }
}
