package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class PartnerResourceTests {

    @Test
    void listsTheSeededPartners() {
        given().when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("isoCode", hasItems("PK", "US", "VN", "GB"));
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
                .body("type", equalTo("urn:tradedeal:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void addsAPartnerAndAnswersWithItsLocation() {
        given().contentType(ContentType.JSON).body("{\"isoCode\":\"AA\",\"name\":\"Added partner\",\"censusCode\":\"9991\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/partners/AA"))
                .body("censusCode", equalTo("9991"));
    }

    @Test
    void refusesAPartnerCodeThatIsTaken() {
        given().contentType(ContentType.JSON).body("{\"isoCode\":\"PK\",\"name\":\"Pakistan again\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(409)
                .body("type", equalTo("urn:tradedeal:problem:already-exists"));
    }

    @Test
    void namesEachBadFieldOfANewPartner() {
        given().contentType(ContentType.JSON).body("{\"isoCode\":\"pak\",\"name\":\"\",\"censusCode\":\"53\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("isoCode", "name", "censusCode"))
                .body("violations.in", hasItem("body"));
    }

    @Test
    void aProblemNamesTheTraceOfItsRequestSoAnErrorReportLeadsToTheTrace() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().contentType(ContentType.JSON).header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body("{\"isoCode\":\"pak\",\"name\":\"\"}")
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("traceId", equalTo(traceId));
        given().when().get("/api/v1/partners/ZZ")
                .then().statusCode(404)
                .body("traceId", matchesPattern("[0-9a-f]{32}"));
    }
}
