package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** POST /api/v1/negotiations/{id}/previews: unsaved content scored now, nothing stored. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class PreviewTests extends StubbedDownstreams {

    @Test
    void scoresUnsavedContentAndStoresNothing() {
        long negotiation = Api.openNegotiation();

        preview(negotiation, Map.of("content", cottonAndSoybeans())).statusCode(200)
                .body("score", is(58.15f))
                .body("verdict", is("PARTIALLY_ADDRESSES"))
                .body("impliedRatePct", is(22))
                .body("baselineRatePct", is(30))
                .body("targetRatePct", is(19.0f))
                .body("additionalPurchasesUsd", is(246636980))
                .body("side", is("PK"))
                .body("dataVintage", is("sha256:stub-vintage-1"))
                .body("result.firedRules[0].concern", is("DEFICIT"));

        downstreams.verify(1, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.draft.purchases[1].hsCode", equalTo("1201")))
                .withRequestBody(matchingJsonPath("$.targetRatePct", equalTo("19.0"))));
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().statusCode(200).body("$", empty());
    }

    @Test
    void validatesTheContentAsAVersionsContentAndAsksNoDownstream() {
        long negotiation = Api.openNegotiation();
        Map<String, Object> bad = Map.of("hsCode", "52x", "addedUsdPerYear", -5, "firstYear", 2025, "years", 3,
                "binding", true);

        preview(negotiation, Map.of("content", Map.of("purchases", List.of(bad)))).statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItem("content.purchases[0].hsCode"))
                .body("violations.field", hasItem("content.purchases[0].addedUsdPerYear"));
        preview(negotiation, Map.of("content", Map.of())).statusCode(400)
                .body("violations.field", hasItem("content"));
        downstreams.verify(0, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void refusesContentThatDoesNotFitTheNegotiationAsSavingWould() {
        long negotiation = Api.openNegotiation();

        preview(negotiation, Map.of("content", Map.of("purchases", List.of(Api.purchase("5201", 1_000_000L, 2019, 1)))))
                .statusCode(400)
                .body("violations.field", hasItem("content.purchases[0].firstYear"));
        preview(negotiation, Map.of("side", "FR", "content", cottonAndSoybeans())).statusCode(400)
                .body("violations.field", hasItem("side"));
    }

    @Test
    void answersAClearProblemAtOnceWhenRulesServiceIsDown() {
        long negotiation = Api.openNegotiation();
        Stubs.rules(downstreams, Stubs.problem(503, "down for maintenance"));

        preview(negotiation, Map.of("content", cottonAndSoybeans())).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", is("5"))
                .body("type", is("urn:tradedeal:problem:downstream-unavailable"))
                .body("service", is("rules-service"));
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("$", empty());
    }

    @Test
    void saysTheContentCannotBeScoredWhenThereIsNoTradeData() {
        long negotiation = Api.openNegotiation();
        Stubs.baseline(downstreams, Stubs.problem(404, "no trade data for US-PK 2024"));

        preview(negotiation, Map.of("content", cottonAndSoybeans())).statusCode(422)
                .body("type", is("urn:tradedeal:problem:scoring-impossible"))
                .body("downstream.detail", is("no trade data for US-PK 2024"));
    }

    @Test
    void answersNotFoundForAnUnknownNegotiation() {
        preview(987_654L, Map.of("content", cottonAndSoybeans())).statusCode(404)
                .body("type", is("urn:tradedeal:problem:not-found"));
    }

    private static Map<String, Object> cottonAndSoybeans() {
        return Api.content(List.of(Api.purchase("5201", 600_000_000L, 2025, 3), Api.purchase("1201", 300_000_000L, 2025, 3)),
                List.of(Api.removal("SPS-2")));
    }

    private static ValidatableResponse preview(long negotiation, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/negotiations/" + negotiation + "/previews").then();
    }
}
