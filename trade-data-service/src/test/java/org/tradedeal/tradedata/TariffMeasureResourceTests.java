package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class TariffMeasureResourceTests {

    @Test
    void listsTheUsMeasuresOnPakistanInOrderOfTime() {
        given().when().get("/api/v1/tariff-measures?imposer=US&target=PK")
                .then().statusCode(200)
                .body("ratePct", contains(10, 29, 19, 10))
                .body("authority", contains("IEEPA_RECIPROCAL", "IEEPA_RECIPROCAL", "IEEPA_RECIPROCAL", "SECTION_122"))
                .body("status", contains("VOIDED", "VOIDED", "VOIDED", "ANNOUNCED"))
                .body("[1].history.status", contains("ANNOUNCED", "IN_FORCE", "SUSPENDED", "VOIDED"))
                .body("[1].formulaDataYear", equalTo(2024))
                .body("[1].formulaChargedPct", equalTo(58));
    }

    @Test
    void findsTheMeasureValidOnADate() {
        given().when().get("/api/v1/tariff-measures?imposer=US&target=PK&validOn=2025-09-01")
                .then().statusCode(200)
                .body("ratePct", contains(19));
    }

    @Test
    void recordsAMeasureAndMovesItThroughItsLife() {
        long id = newMeasure();

        change(id, "IN_FORCE", "2026-03-12").statusCode(201).body("validFrom", equalTo("2026-03-12"));
        change(id, "SUSPENDED", "2026-04-01").statusCode(201);
        change(id, "IN_FORCE", "2026-05-01").statusCode(201);
        change(id, "VOIDED", "2026-06-01").statusCode(201)
                .body("status", equalTo("VOIDED"))
                .body("validUntil", equalTo("2026-06-01"));

        given().when().get("/api/v1/tariff-measures/{id}/status-changes", id)
                .then().statusCode(200)
                .body("status", contains("ANNOUNCED", "IN_FORCE", "SUSPENDED", "IN_FORCE", "VOIDED"))
                .body("effectiveOn", hasSize(5));
    }

    @Test
    void refusesToReviveAVoidedMeasure() {
        long id = newMeasure();
        change(id, "VOIDED", "2026-03-20").statusCode(201);

        change(id, "IN_FORCE", "2026-04-01").statusCode(409)
                .body("type", equalTo("urn:tradedeal:problem:illegal-status-change"))
                .body("allowed", hasSize(0));
    }

    @Test
    void namesEachBadFieldOfANewMeasure() {
        given().contentType(ContentType.JSON).body("{\"imposer\":\"US\",\"target\":\"pk\",\"authority\":\"SECTION_232\",\"ratePct\":-5,\"title\":\"\"}")
                .when().post("/api/v1/tariff-measures")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("target", "ratePct", "status", "title", "source"));
    }

    @Test
    void refusesAValidityThatEndsBeforeItStarts() {
        String target = TestData.freshPartner();
        given().contentType(ContentType.JSON).body("""
                        {"imposer":"US","target":"%s","authority":"MFN","ratePct":5,"status":"IN_FORCE",
                         "validFrom":"2026-01-01","validUntil":"2025-01-01","title":"MFN duty","source":"test"}""".formatted(target))
                .when().post("/api/v1/tariff-measures")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("validUntil"));
    }

    private static long newMeasure() {
        String target = TestData.freshPartner();
        return given().contentType(ContentType.JSON).body("""
                        {"imposer":"US","target":"%s","authority":"SECTION_232","ratePct":25,"status":"ANNOUNCED",
                         "announcedOn":"2026-03-10","title":"Steel and aluminium tariff","source":"test"}""".formatted(target))
                .when().post("/api/v1/tariff-measures")
                .then().statusCode(201)
                .body("history.status", contains("ANNOUNCED"))
                .extract().jsonPath().getLong("id");
    }

    private static io.restassured.response.ValidatableResponse change(long id, String status, String date) {
        return given().contentType(ContentType.JSON).body("{\"status\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(status, date))
                .when().post("/api/v1/tariff-measures/{id}/status-changes", id)
                .then();
    }
}
