package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class PartnerResourceTests {

    @Test
    void listsTheSeededPartners() {
        given().when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("isoCode", hasItems("PK", "US"));
    }

    @Test
    void findsPakistanWithItsCensusCode() {
        given().when().get("/api/v1/partners/pk")
                .then().statusCode(200)
                .body("name", equalTo("Pakistan"))
                .body("censusCode", equalTo("5350"));
    }

    @Test
    void answersAnUnknownPartnerWithProblemDetails() {
        given().when().get("/api/v1/partners/ZZ")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
