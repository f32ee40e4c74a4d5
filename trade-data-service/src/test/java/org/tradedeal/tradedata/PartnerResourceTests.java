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
    void concurrentCreationsOfOnePartnerCodeGiveOneCreatedAndConflictsNever500() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Integer> statuses;
        try {
            java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body("{\"isoCode\":\"ZQ\",\"name\":\"Raced partner\"}")
                            .when().post("/api/v1/partners").then().extract().statusCode();
                }));
            }
            start.countDown();
            statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> call : calls) {
                statuses.add(call.get());
            }
        } catch (Exception failed) {
            throw new AssertionError(failed);
        } finally {
            pool.shutdown();
        }
        org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(201, 409);
        org.assertj.core.api.Assertions.assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
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
