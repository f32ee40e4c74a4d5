package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** The Pakistan-US negotiation a fresh installation starts with. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class SeedDataTests {

    @Test
    void seedsThePakistanUsNegotiationWithItsRoadmapAndTwoDrafts() {
        long id = given().when().get("/api/v1/negotiations")
                .then().statusCode(200)
                .body("title", hasItem("Pakistan-US reciprocal tariff talks"))
                .extract().jsonPath().getLong("find { it.title == 'Pakistan-US reciprocal tariff talks' }.id");

        given().when().get("/api/v1/negotiations/" + id)
                .then().body("ourSide", is("PK")).body("otherSide", is("US"))
                .body("targetRatePct", is(19.0f)).body("baselineYear", is(2024));
        given().queryParam("asOf", "2026-11-28").when().get("/api/v1/negotiations/" + id + "/roadmap")
                .then().statusCode(200)
                .body("milestones", hasSize(9))
                .body("milestones[0].milestone.kind", is("FRAMEWORK"))
                .body("milestones[6].milestone.title", is("Tariff suspension expires"))
                .body("summary.overdue", is(0));
        given().when().get("/api/v1/negotiations/" + id + "/drafts")
                .then().statusCode(200)
                .body("title", contains("Vague intentions", "July 2025 package"))
                .body("versions[1][0].status", is("DRAFT"));
    }
}
