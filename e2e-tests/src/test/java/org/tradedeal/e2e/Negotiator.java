package org.tradedeal.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;


/** What a negotiator does through negotiation-service's API, as the tests need it, logged in as one user. */
final class Negotiator {

    private final RunningSuite suite;
    private final String user;

    /** Pakistan's negotiator (side PK), who writes the drafts of the seed negotiation's own side. */
    Negotiator(RunningSuite suite) {
        this(suite, Users.PK_NEGOTIATOR);
    }

    Negotiator(RunningSuite suite, String user) {
        this.suite = suite;
        this.user = user;
    }

    RequestSpecification api() {
        return suite.api("negotiation-service", user);
    }

    /** A new draft of the seed negotiation, buying more cotton; its id. */
    long createDraft(String title) {
        return api().contentType(ContentType.JSON)
                .body(Map.of("title", title, "content", Map.of("purchases", List.of(Map.of(
                        "hsCode", "5201", "addedUsdPerYear", 300_000_000, "firstYear", 2025, "years", 2, "binding", true)))))
                .post("/api/v1/negotiations/" + seedNegotiation() + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The seed negotiation's id: Pakistan-US. */
    long seedNegotiation() {
        return api().get("/api/v1/negotiations").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.title == 'Pakistan-US reciprocal tariff talks' }.id");
    }
}
