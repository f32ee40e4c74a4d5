package org.tradedeal.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** What a negotiator does through negotiation-service's API, as the tests need it. */
final class Negotiator {

    private final RunningSuite suite;

    Negotiator(RunningSuite suite) {
        this.suite = suite;
    }

    RequestSpecification api() {
        return given().baseUri(suite.url("negotiation-service")).accept(ContentType.JSON);
    }

    /** A new draft of the seed negotiation, buying more cotton; its id. */
    long createDraft(String title) {
        long negotiation = api().get("/api/v1/negotiations").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == 'Pakistan-US reciprocal tariff talks' }.id");
        return api().contentType(ContentType.JSON)
                .body(Map.of("title", title, "author", "e2e", "content", Map.of("purchases", List.of(Map.of(
                        "hsCode", "5201", "addedUsdPerYear", 300_000_000, "firstYear", 2025, "years", 2, "binding", true)))))
                .post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
