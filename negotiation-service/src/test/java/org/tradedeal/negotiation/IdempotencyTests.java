package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.Races;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** A client that retries a POST with the same Idempotency-Key creates the thing once and gets the first answer. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class IdempotencyTests extends StubbedDownstreams {

    @Test
    void aHundredConcurrentIdenticalCreatesWithOneKeyCreateOneDraft() {
        long negotiation = Api.openNegotiation();
        String key = UUID.randomUUID().toString();

        List<Integer> statuses = Races.run(100, () -> createDraft(negotiation, key, "Cotton package").extract().statusCode());

        System.out.printf("100 concurrent identical draft creations with one Idempotency-Key: %s%n",
                Races.countByStatus(statuses));
        assertThat(statuses).containsOnly(201);
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body("size()", is(1));
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() {
        long negotiation = Api.openNegotiation();
        String key = UUID.randomUUID().toString();
        ValidatableResponse first = createDraft(negotiation, key, "Cotton package").statusCode(201);
        long draft = first.extract().jsonPath().getLong("id");

        createDraft(negotiation, key, "Cotton package").statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/drafts/" + draft))
                .body("id", is((int) draft))
                .body("title", is("Cotton package"));
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("size()", is(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        long negotiation = Api.openNegotiation();
        String key = UUID.randomUUID().toString();
        createDraft(negotiation, key, "Cotton package").statusCode(201);

        createDraft(negotiation, key, "Another package").statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:tradedeal:problem:idempotency-key-reused"))
                .body("field", is("Idempotency-Key"));
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("size()", is(1));
    }

    @Test
    void aMalformedKeyIsABadRequestNamingTheHeader() {
        long negotiation = Api.openNegotiation();

        createDraft(negotiation, "has spaces in it", "Cotton package").statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("Idempotency-Key"))
                .body("violations[0].in", is("header"));
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("size()", is(0));
    }

    @Test
    void aRefusedCreateKeepsNoKeySoTheCorrectedRetryIsCarriedOut() {
        long negotiation = Api.openNegotiation();
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("title", "Bad", "side", "FR", "content",
                        Map.of("intentions", List.of("Lower tariffs"))))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(400);

        createDraft(negotiation, key, "Cotton package").statusCode(201);
    }

    @Test
    void aRepeatedSubmissionWithTheSameKeyReplaysTheScoreWithoutScoringAgain() {
        long draft = Api.createDraft(Api.openNegotiation());
        String key = UUID.randomUUID().toString();
        submit(draft, key).statusCode(200).body("status", is("SCORED"));

        submit(draft, key).statusCode(200).header("Idempotent-Replayed", "true")
                .body("status", is("SCORED")).body("latestEvaluation.score", is(58.15f));
        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
        assertThat(Api.evaluationCount(draft, 1)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheHeaderOnEveryCreatingPost() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.parameters.Idempotency-Key.in", equalTo("header"))
                .body("paths.'/api/v1/negotiations'.post.parameters.'$ref'",
                        org.hamcrest.Matchers.hasItem(containsString("Idempotency-Key")))
                .body("paths.'/api/v1/negotiations/{negotiationId}/drafts'.post.parameters.'$ref'",
                        org.hamcrest.Matchers.hasItem(containsString("Idempotency-Key")))
                .body("paths.'/api/v1/drafts/{draftId}/versions/{version}/submission'.post.parameters.'$ref'",
                        org.hamcrest.Matchers.hasItem(containsString("Idempotency-Key")));
    }

    private static ValidatableResponse createDraft(long negotiation, String key, String title) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("title", title, "content",
                        Map.of("intentions", List.of("Lower tariffs on textiles"))))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts").then();
    }

    private static ValidatableResponse submit(long draft, String key) {
        return given().header("Idempotency-Key", key)
                .when().post("/api/v1/drafts/" + draft + "/versions/1/submission").then();
    }
}
