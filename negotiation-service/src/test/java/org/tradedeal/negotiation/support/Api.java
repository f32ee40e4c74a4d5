package org.tradedeal.negotiation.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Small builders of API calls, so each test states only what matters to it. */
public final class Api {

    private Api() {
    }

    /** A negotiation PK-US, target 19%, deadline 2025-07-09, baseline 2024; returns its id. */
    public static long openNegotiation() {
        return openNegotiation(Map.of());
    }

    public static long openNegotiation(Map<String, Object> overrides) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("title", "Test talks", "ourSide", "PK",
                "otherSide", "US", "targetRatePct", 19, "deadline", "2025-07-09", "baselineYear", 2024));
        body.putAll(overrides);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/negotiations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A purchase commitment as the API takes it. */
    public static Map<String, Object> purchase(String hsCode, long usdPerYear, int firstYear, int years) {
        return Map.of("hsCode", hsCode, "addedUsdPerYear", usdPerYear, "firstYear", firstYear, "years", years,
                "binding", true);
    }

    public static Map<String, Object> removal(String barrierCode) {
        return Map.of("barrierCode", barrierCode, "committedBy", "2025-09-30", "verifiable", true, "binding", true);
    }

    public static Map<String, Object> content(List<?> purchases, List<?> removals) {
        return Map.of("purchases", purchases, "barrierRemovals", removals, "tariffCuts", List.of(),
                "intentions", List.of());
    }

    /** A draft whose first version buys 500 M USD of cotton a year; returns its id. */
    public static long createDraft(long negotiationId) {
        return createDraft(negotiationId, content(List.of(purchase("5201", 500_000_000L, 2025, 3)),
                List.of(removal("SPS-2"))));
    }

    public static long createDraft(long negotiationId, Map<String, Object> content) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Cotton package", "content", content))
                .when().post("/api/v1/negotiations/" + negotiationId + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse submit(long draftId, int version) {
        return given().when().post("/api/v1/drafts/" + draftId + "/versions/" + version + "/submission").then();
    }

    public static ValidatableResponse version(long draftId, int version) {
        return given().when().get("/api/v1/drafts/" + draftId + "/versions/" + version).then();
    }

    public static int evaluationCount(long draftId, int version) {
        return given().when().get("/api/v1/drafts/" + draftId + "/versions/" + version + "/evaluations")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
