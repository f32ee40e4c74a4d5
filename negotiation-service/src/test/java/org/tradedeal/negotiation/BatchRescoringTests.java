package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.util.Collections;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.tradedeal.negotiation.support.Numbers.number;

/**
 * Re-scoring a negotiation goes through rules-service's batch endpoint, a chunk of versions per call (two here),
 * and falls back to one call per version when a batch cannot be scored whole.
 */
@QuarkusTest
@TestProfile(BatchRescoringTests.ChunksOfTwo.class)
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class BatchRescoringTests extends StubbedDownstreams {

    private static final String BATCH_PATH = Stubs.EVALUATIONS_PATH + "/batch";

    public static class ChunksOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("negotiation.scoring.rescore-chunk-size", "2");
        }
    }

    @Test
    void rescoresThreeVersionsInTwoBatchCallsAndSaysWhatChanged() {
        long negotiation = scoredNegotiation(3);
        String later = Stubs.laterEvaluation("2.1.0", "sha256:stub-vintage-1");
        downstreams.stubFor(post(urlPathEqualTo(BATCH_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$[1]"))
                .willReturn(Stubs.okBody(answers(later, 2))));
        downstreams.stubFor(post(urlPathEqualTo(BATCH_PATH)).atPriority(2)
                .willReturn(Stubs.okBody(answers(later, 1))));
        downstreams.resetRequests();

        given().when().post("/api/v1/negotiations/" + negotiation + "/rescoring")
                .then().statusCode(200)
                .body("outcome", contains("SCORED", "SCORED", "SCORED"))
                .body("changes.score", everyItem(number(64.15)))
                .body("changes.rulesetChanged", everyItem(is(true)));

        downstreams.verify(1, postRequestedFor(urlPathEqualTo(BATCH_PATH)).withRequestBody(matchingJsonPath("$[1]")));
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(BATCH_PATH)).withRequestBody(matchingJsonPath("$[1]", absent())));
        downstreams.verify(0, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void aBatchRulesServiceRefusesIsScoredOneVersionAtATime() {
        long negotiation = scoredNegotiation(2);
        downstreams.stubFor(post(urlPathEqualTo(BATCH_PATH)).willReturn(Stubs.problem(400, "one malformed draft")));
        downstreams.resetRequests();

        given().when().post("/api/v1/negotiations/" + negotiation + "/rescoring")
                .then().statusCode(200)
                .body("outcome", contains("SCORED", "SCORED"));

        downstreams.verify(1, postRequestedFor(urlPathEqualTo(BATCH_PATH)));
        downstreams.verify(2, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    private static long scoredNegotiation(int drafts) {
        long negotiation = Api.openNegotiation();
        for (int i = 0; i < drafts; i++) {
            long draft = Api.createDraft(negotiation);
            Api.submit(draft, 1).statusCode(200);
            assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
        }
        return negotiation;
    }

    private static String answers(String answer, int count) {
        return "[" + String.join(",", Collections.nCopies(count, answer)) + "]";
    }
}
