package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.Races;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Scoring through the two downstream services, stubbed; the retry worker stays off in this profile. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class ScoringTests extends StubbedDownstreams {

    @Test
    void scoresASubmittedDraftAtOnceWhenBothServicesAnswer() {
        long draft = Api.createDraft(Api.openNegotiation());

        Api.submit(draft, 1).statusCode(200)
                .body("status", is("SCORED"))
                .body("latestEvaluation.score", is(58.15f))
                .body("latestEvaluation.verdict", is("PARTIALLY_ADDRESSES"))
                .body("latestEvaluation.ruleset.version", is("2.0.0"))
                .body("latestEvaluation.dataVintage", is("sha256:stub-vintage-1"))
                .body("latestEvaluation.result.firedRules[0].concern", is("DEFICIT"))
                .body("latestEvaluation.changes", nullValue())
                .body("scoring.status", is("DONE"));
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
    }

    @Test
    void asksForTheOtherSidesLedgerAndSendsTheBaselineTargetAndDeadlineToTheRules() {
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);

        downstreams.verify(1, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH))
                .withQueryParam("reporter", equalTo("US"))
                .withQueryParam("partner", equalTo("PK"))
                .withQueryParam("year", equalTo("2024")));
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.baseline.dataVintage", equalTo("sha256:stub-vintage-1")))
                .withRequestBody(matchingJsonPath("$.baseline.barriers[0].code", equalTo("SPS-1")))
                .withRequestBody(matchingJsonPath("$.targetRatePct", equalTo("19.0")))
                .withRequestBody(matchingJsonPath("$.deadline", equalTo("2025-07-09")))
                .withRequestBody(matchingJsonPath("$.draft.purchases[0].hsCode", equalTo("5201")))
                .withRequestBody(matchingJsonPath("$.draft.barrierRemovals[0].committedBy", equalTo("2025-09-30"))));
    }

    @Test
    @TestSecurity(user = "us-tester", roles = {"admin", "negotiator"},
            attributes = @SecurityAttribute(key = "side", value = "US"))
    void scoresADraftOfTheOtherSideAgainstOurLedger() {
        long negotiation = Api.openNegotiation();
        long draft = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("title", "Their offer",
                        "content", Map.of("intentions", List.of("Lower tariffs on textiles"))))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Api.submit(draft, 1).statusCode(200);
        downstreams.verify(getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH))
                .withQueryParam("reporter", equalTo("PK")).withQueryParam("partner", equalTo("US")));
    }

    @Test
    void shouldKeepDraftWhenRulesServiceIsDown() {
        Stubs.rules(downstreams, Stubs.problem(503, "down for maintenance"));
        long draft = Api.createDraft(Api.openNegotiation());

        Api.submit(draft, 1).statusCode(202)
                .header("Location", endsWith("/api/v1/drafts/" + draft + "/versions/1"))
                .header("Retry-After", notNullValue())
                .body("status", is("SCORING_PENDING"))
                .body("scoring.status", is("PENDING"))
                .body("scoring.attempts", is(1))
                .body("scoring.nextAttemptAt", notNullValue())
                .body("scoring.lastError", containsString("503"));

        // An outage: the first call and two retries reached rules-service; the draft is kept, unscored.
        downstreams.verify(3, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
        Api.version(draft, 1).statusCode(200).body("content.purchases[0].hsCode", is("5201"));
        assertThat(Api.evaluationCount(draft, 1)).isZero();
    }

    @Test
    void marksTheVersionScoringFailedWhenThereIsNoTradeDataForThePartnerAndYear() {
        Stubs.baseline(downstreams, Stubs.problem(404, "No flows for US-PK 2031"));
        long draft = Api.createDraft(Api.openNegotiation(Map.of("baselineYear", 2031)),
                Api.content(List.of(Api.purchase("5201", 1_000_000L, 2031, 1)), List.of()));

        Api.submit(draft, 1).statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:tradedeal:problem:scoring-impossible"))
                .body("detail", containsString("No flows for US-PK 2031"))
                .body("downstream.status", is(404));
        Api.version(draft, 1).body("status", is("SCORING_FAILED")).body("scoring.status", is("FAILED"))
                .body("scoring.lastError", containsString("No flows for US-PK 2031"));
        // A 404 is an answer, not a failure: no retries, no call to the rules.
        downstreams.verify(1, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)));
        downstreams.verify(0, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void reportsADraftTheRulesRejectAsUnscorable() {
        Stubs.rules(downstreams, Stubs.problem(400, "draft.barrierRemovals[0].barrierCode: unknown barrier"));
        long draft = Api.createDraft(Api.openNegotiation());

        Api.submit(draft, 1).statusCode(422).body("detail", containsString("unknown barrier"));
        Api.version(draft, 1).body("status", is("SCORING_FAILED"));
        // A 400 is an answer about this draft: no retry.
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void aVersionWhoseScoringFailedMayBeSubmittedAgain() {
        Stubs.rules(downstreams, Stubs.problem(400, "draft.barrierRemovals[0].barrierCode: unknown barrier"));
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(422);

        Stubs.rules(downstreams, Stubs.ok(Stubs.EVALUATION));

        Api.submit(draft, 1).statusCode(200).body("status", is("SCORED")).body("scoring.status", is("DONE"));
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
    }

    @Test
    void aFailureOfOneRequestIsNotRetriedAtOnceButWaitsForTheWorker() {
        Stubs.rules(downstreams, Stubs.problem(500, "ArithmeticException: Overflow"));
        long draft = Api.createDraft(Api.openNegotiation());

        Api.submit(draft, 1).statusCode(202)
                .body("status", is("SCORING_PENDING"))
                .body("scoring.lastError", containsString("500"));
        // A 500 is about this request, not an outage: one call, no quick retries.
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void failuresOfSingleRequestsDoNotOpenTheCircuit() {
        Stubs.rules(downstreams, Stubs.problem(500, "ArithmeticException: Overflow"));
        long negotiation = Api.openNegotiation();
        List<Long> drafts = IntStream.range(0, 6).mapToObj(i -> Api.createDraft(negotiation)).toList();
        drafts.forEach(draft -> Api.submit(draft, 1).statusCode(202));

        Stubs.rules(downstreams, Stubs.ok(Stubs.EVALUATION));

        // Six 500s in a row would have opened a breaker that counts them; this one lets the next call through.
        long healthy = Api.createDraft(negotiation);
        Api.submit(healthy, 1).statusCode(200).body("status", is("SCORED"));
        downstreams.verify(7, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void aScoredVersionIsNotSubmittedTwice() {
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);

        Api.submit(draft, 1).statusCode(409).body("type", is("urn:tradedeal:problem:illegal-status-change"));
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentSubmissionsOfOneVersionScoreItOnce() {
        long draft = Api.createDraft(Api.openNegotiation());

        List<Integer> statuses = Races.run(50, () -> Api.submit(draft, 1).extract().statusCode());

        System.out.printf("50 concurrent submissions of one version: %s%n", Races.countByStatus(statuses));
        assertThat(statuses).contains(200).allMatch(status -> status == 200 || status == 202 || status == 409);
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }
}
