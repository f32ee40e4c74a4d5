package org.tradedeal.tradedata;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class ImportBatchResourceTests {

    private static final String HEADER = "reporter,partner,period,basis,direction,product_level,hs_code,value_usd,precision,precision_note";
    private static final String IMPORTED_ROWS = "trade_data_import_rows_total{outcome=\"imported\"}";
    private static final String REJECTED_ROWS = "trade_data_import_rows_total{outcome=\"rejected\"}";

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void importsAGoodFileInOneBatch() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        String csv = csv(
                "US,%s,2024,CALENDAR_YEAR,IMPORT,TOTAL,,900000000,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,HS4,0201,412000000,ROUNDED,rounded to 1 M".formatted(partner),
                "US,%s,FY2024-25,FISCAL_YEAR,EXPORT,HS2,52,1000,EXACT,".formatted(partner));

        upload(csv, "test import", vintage)
                .statusCode(201)
                .header("Location", containsString("/api/v1/import-batches/"))
                .body("batch.rowCount", equalTo(3))
                .body("batch.fileName", equalTo("test.csv"))
                .body("replacedBatchIds", hasSize(0));

        given().when().get("/api/v1/trade-flows?partner={p}&vintage={v}", partner, vintage)
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("hsCode", hasItem("0201"))
                .body("sourceLine", containsInAnyOrder(2, 3, 4))
                .body("source", contains("test import", "test import", "test import"));
    }

    @Test
    void acceptsCensusCountryCodes() {
        String vintage = TestData.freshVintage();
        upload(csv("US,5350,1905,CALENDAR_YEAR,EXPORT,HS2,52,7,EXACT,"), "census codes", vintage).statusCode(201);

        given().when().get("/api/v1/trade-flows?vintage={v}", vintage)
                .then().body("partner", contains("PK"));
    }

    @Test
    void rejectsAFileWithBadRowsListingEveryOneAndWritingNothing() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        String csv = csv(
                "US,%s,2024,CALENDAR_YEAR,IMPORT,TOTAL,,900000000,EXACT,".formatted(partner),
                "US,ZZ,2024,,EXPRT,HS4,201,-5,EXACT,",
                "",
                "US,%s,FY2024-26,CALENDAR_YEAR,EXPORT,TOTAL,52,12.5,SORT_OF,".formatted(partner),
                "US,%s,2024".formatted(partner),
                "US,%s,2024,CALENDAR_YEAR,IMPORT,TOTAL,,1,EXACT,".formatted(partner));

        upload(csv, "bad file", vintage)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:invalid-csv"))
                .body("badRowCount", equalTo(4))
                .body("rowsRead", equalTo(5))
                .body("errors.findAll { it.line == 3 }.field", contains("partner", "direction", "hs_code", "value_usd"))
                .body("errors.findAll { it.line == 5 }.field", contains("period", "hs_code", "value_usd", "precision"))
                .body("errors.find { it.line == 6 }.message", containsString("fields"))
                .body("errors.find { it.line == 7 }.message", containsString("repeats line 2"));

        given().when().get("/api/v1/trade-flows?partner={p}", partner).then().body("$", hasSize(0));
        given().when().get("/api/v1/import-batches?source=bad file&vintage={v}", vintage).then().body("$", hasSize(0));
    }

    @Test
    void reImportingTheSameSourceAndVintageReplacesTheFlows() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        int first = upload(csv("US,%s,2024,,IMPORT,TOTAL,,100,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,TOTAL,,50,EXACT,".formatted(partner)), "re-import", vintage)
                .statusCode(201).extract().path("batch.id");

        upload(csv("US,%s,2024,,IMPORT,TOTAL,,110,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,TOTAL,,55,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,HS2,52,5,EXACT,".formatted(partner)), "re-import", vintage)
                .statusCode(201)
                .body("replacedBatchIds", contains(first));

        given().when().get("/api/v1/trade-flows?partner={p}", partner)
                .then().body("$", hasSize(3)).body("valueUsd", hasItem(110));
        given().when().get("/api/v1/import-batches/{id}", first)
                .then().statusCode(200).body("replacedBy", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/v1/import-batches?source=re-import&vintage={v}", vintage)
                .then().body("$", hasSize(2)).body("[0].replacedBy", nullValue());
    }

    @Test
    void importsThousandsOfRowsInSeveralJdbcBatches() {
        String partner = TestData.freshPartner();
        StringJoiner rows = new StringJoiner("\n");
        for (int i = 0; i < 2_500; i++) {
            rows.add("US,%s,2024,,%s,HS6,%06d,%d,EXACT,".formatted(partner, i % 2 == 0 ? "IMPORT" : "EXPORT", 10_000 + i / 2, i + 1));
        }

        upload(HEADER + "\n" + rows + "\n", "many rows", TestData.freshVintage())
                .statusCode(201)
                .body("batch.rowCount", equalTo(2_500));
        given().when().get("/api/v1/trade-flows?partner={p}&size=1000&page=2", partner)
                .then().body("$", hasSize(500));
    }

    @Test
    void rejectsAFileWithAMissingOrUnknownColumn() {
        upload("reporter,partner,period,direction,product_level,valu_usd,precision\nUS,PK,2024,IMPORT,TOTAL,1,EXACT\n",
                "header", TestData.freshVintage())
                .statusCode(422)
                .body("errors.line", contains(1, 1))
                .body("errors.field", contains("valu_usd", "value_usd"))
                .body("errors.message", hasItem("missing column"));
    }

    @Test
    void rejectsAnEmptyFileAndMalformedCsv() {
        upload("", "empty", TestData.freshVintage()).statusCode(422);
        upload(HEADER + "\n\"US,PK,2024\n", "malformed", TestData.freshVintage())
                .statusCode(422)
                .body("errors[0].message", containsString("malformed CSV"));
    }

    @Test
    void needsASourceAndAVintage() {
        given().contentType("text/csv").body(HEADER + "\n")
                .when().post("/api/v1/import-batches")
                .then().statusCode(400)
                .body("violations.field", hasItem("source"))
                .body("violations.field", hasItem("vintage"));
    }

    @Test
    void takesOnlyCsv() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/import-batches?source=s&vintage=v")
                .then().statusCode(415)
                .body("type", equalTo("urn:tradedeal:problem:unsupported-media-type"));
    }

    @Test
    void countsTheRowsOfEveryImportByOutcomeForTheRowsPerSecondMetric() {
        double imported = Scrape.value(metrics, IMPORTED_ROWS);
        double rejected = Scrape.value(metrics, REJECTED_ROWS);
        String partner = TestData.freshPartner();

        upload(csv("US,%s,2024,,IMPORT,TOTAL,,100,EXACT,".formatted(partner),
                "US,%s,2024,,EXPORT,TOTAL,,50,EXACT,".formatted(partner)), "metrics", TestData.freshVintage()).statusCode(201);
        upload(csv("US,%s,2024,,IMPORT,TOTAL,,100,EXACT,".formatted(partner), "US,ZZ,2024,,EXPRT,HS4,201,-5,EXACT,",
                "US,%s,2024,,EXPORT,TOTAL,,50,EXACT,".formatted(partner)), "metrics", TestData.freshVintage()).statusCode(422);

        assertThat(Scrape.value(metrics, IMPORTED_ROWS), equalTo(imported + 2));
        assertThat(Scrape.value(metrics, REJECTED_ROWS), equalTo(rejected + 3));
        assertThat(Scrape.of(metrics), allOf(containsString("trade_data_import_duration_seconds_count{outcome=\"imported\"}"),
                containsString("trade_data_import_duration_seconds_count{outcome=\"rejected\"}")));
    }

    private static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    private static io.restassured.response.ValidatableResponse upload(String csv, String source, String vintage) {
        return given().contentType("text/csv").body(csv)
                .queryParam("source", source).queryParam("vintage", vintage).queryParam("fileName", "test.csv")
                .when().post("/api/v1/import-batches")
                .then();
    }
}
