package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Baselines are kept per data generation: every kind of write to the data behind a baseline makes the next
 * answer a fresh one, and a caller holding the current ETag gets 304 until the data change.
 */
@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class BaselineCacheTests {

    private static final String CSV_HEADER =
            "reporter,partner,period,basis,direction,product_level,hs_code,value_usd,precision,precision_note";

    @Test
    void theETagIsTheQuotedDataVintageAndAMatchingIfNoneMatchGets304() {
        ExtractableResponse<Response> first = baseline("US", "PK");
        String etag = first.header("ETag");
        assertEqualsQuoted(first.path("dataVintage"), etag);

        given().header("If-None-Match", etag)
                .when().get("/api/v1/baselines?reporter=US&partner=PK&year=2024")
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        given().header("If-None-Match", "\"sha256:not-this-one\"")
                .when().get("/api/v1/baselines?reporter=US&partner=PK&year=2024")
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("dataVintage", equalTo(first.path("dataVintage")));
    }

    @Test
    void aFlowAddedOrDeletedGivesANewAnswerAndThe304Ends() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        TestData.flow("US", partner, "2024", "IMPORT", "TOTAL", null, 900_000_000L, "EXACT", "test", vintage);
        TestData.flow("US", partner, "2024", "EXPORT", "TOTAL", null, 400_000_000L, "EXACT", "test", vintage);
        String before = etag("US", partner);

        TestData.flow("US", partner, "2024", "EXPORT", "HS2", "52", 100_000_000L, "EXACT", "test", vintage);

        String added = changedSince(before, "US", partner);
        long id = given().when().get("/api/v1/trade-flows?partner={p}&productLevel=HS2", partner)
                .then().extract().jsonPath().getLong("[0].id");
        given().when().delete("/api/v1/trade-flows/{id}", id).then().statusCode(204);

        changedSince(added, "US", partner);
    }

    @Test
    void aMeasureListedOrChangingStatusGivesANewAnswer() {
        String partner = pairWithFlows();
        String before = etag("US", partner);

        long id = given().contentType(ContentType.JSON).body("""
                        {"imposer":"US","target":"%s","authority":"SECTION_232","ratePct":25,"status":"ANNOUNCED",
                         "announcedOn":"2026-03-10","title":"Steel and aluminium tariff","source":"test"}""".formatted(partner))
                .when().post("/api/v1/tariff-measures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String listed = changedSince(before, "US", partner);
        given().contentType(ContentType.JSON).body("{\"status\":\"IN_FORCE\",\"effectiveOn\":\"2026-04-01\"}")
                .when().post("/api/v1/tariff-measures/{id}/status-changes", id)
                .then().statusCode(201);

        changedSince(listed, "US", partner);
        given().when().get("/api/v1/baselines?reporter=US&partner={p}&year=2024", partner)
                .then().body("measures.status", hasItem("IN_FORCE"));
    }

    @Test
    void aBarrierListedOrChangingStatusGivesANewAnswer() {
        String partner = pairWithFlows();
        String before = etag("US", partner);

        given().contentType(ContentType.JSON).body("""
                        {"code":"SPS-7","imposer":"%s","listedBy":"US","mastChapter":"A","category":"sps","title":"Test barrier",
                         "description":"A test barrier","source":"test","listedOn":"2025-04-01","affectedProducts":["1201"]}"""
                        .formatted(partner))
                .when().post("/api/v1/barriers")
                .then().statusCode(201);
        String listed = changedSince(before, "US", partner);
        given().contentType(ContentType.JSON).body("{\"status\":\"OFFERED\",\"effectiveOn\":\"2025-06-25\"}")
                .when().post("/api/v1/barriers/{i}/SPS-7/status-changes", partner)
                .then().statusCode(201);

        changedSince(listed, "US", partner);
        given().when().get("/api/v1/baselines?reporter=US&partner={p}&year=2024", partner)
                .then().body("barriers.status", hasItem("OFFERED"));
    }

    @Test
    void anImportGivesANewAnswer() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        importCsv(vintage, "US,%s,2024,,IMPORT,TOTAL,,100,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,TOTAL,,50,EXACT,".formatted(partner));
        String before = etag("US", partner);

        importCsv(vintage, "US,%s,2024,,IMPORT,TOTAL,,110,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,TOTAL,,50,EXACT,".formatted(partner));

        changedSince(before, "US", partner);
        given().when().get("/api/v1/baselines?reporter=US&partner={p}&year=2024", partner)
                .then().body("importsUsd", equalTo(110));
    }

    private static String pairWithFlows() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        TestData.flow("US", partner, "2024", "IMPORT", "TOTAL", null, 900_000_000L, "EXACT", "test", vintage);
        TestData.flow("US", partner, "2024", "EXPORT", "TOTAL", null, 400_000_000L, "EXACT", "test", vintage);
        return partner;
    }

    private static void importCsv(String vintage, String... rows) {
        given().contentType("text/csv").body(CSV_HEADER + "\n" + String.join("\n", rows) + "\n")
                .queryParam("source", "cache test").queryParam("vintage", vintage).queryParam("fileName", "test.csv")
                .when().post("/api/v1/import-batches")
                .then().statusCode(201);
    }

    /** Asserts the old ETag no longer gets 304 but 200 with a new one, and returns the new one. */
    private static String changedSince(String before, String reporter, String partner) {
        ExtractableResponse<Response> after = given().header("If-None-Match", before)
                .when().get("/api/v1/baselines?reporter={r}&partner={p}&year=2024", reporter, partner)
                .then().statusCode(200).extract();
        assertNotEquals(before, after.header("ETag"));
        assertEqualsQuoted(after.path("dataVintage"), after.header("ETag"));
        return after.header("ETag");
    }

    private static String etag(String reporter, String partner) {
        return baseline(reporter, partner).header("ETag");
    }

    private static ExtractableResponse<Response> baseline(String reporter, String partner) {
        return given().when().get("/api/v1/baselines?reporter={r}&partner={p}&year=2024", reporter, partner)
                .then().statusCode(200).extract();
    }

    private static void assertEqualsQuoted(String vintage, String etag) {
        org.junit.jupiter.api.Assertions.assertEquals("\"" + vintage + "\"", etag);
    }
}
