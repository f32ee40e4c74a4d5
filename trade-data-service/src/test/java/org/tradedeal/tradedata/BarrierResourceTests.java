package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class BarrierResourceTests {

    @Test
    void listsTheTwentyOneBarriersOfPakistanThatTheUsLists() {
        given().when().get("/api/v1/barriers?imposer=PK&listedBy=US")
                .then().statusCode(200)
                .body("$", hasSize(21))
                .body("code", hasItems("TAR-1", "SPS-1", "SPS-2", "IP-1", "SOE-1"))
                .body("status", everyItem(equalTo("LISTED")))
                .body("blockedTradeUsd", everyItem(nullValue()));
    }

    @Test
    void findsTheBarriersOnAProductAtAnyDepth() {
        for (String product : new String[] {"12", "1201", "120110"}) {
            given().when().get("/api/v1/barriers?imposer=PK&product={p}", product)
                    .then().statusCode(200)
                    .body("code", contains("SPS-1"));
        }
        given().when().get("/api/v1/barriers?imposer=PK&product=0201")
                .then().statusCode(200)
                .body("code", contains("SPS-3"));
    }

    @Test
    void findsTheBarriersOfAMastChapterAndStatus() {
        given().when().get("/api/v1/barriers?imposer=PK&mastChapter=A&status=LISTED")
                .then().statusCode(200)
                .body("code", containsInAnyOrder("SPS-1", "SPS-2", "SPS-3"));
    }

    @Test
    void showsOneBarrierWithItsHistory() {
        given().when().get("/api/v1/barriers/PK/SPS-2")
                .then().statusCode(200)
                .body("affectedProducts", contains("5201"))
                .body("history[0].status", equalTo("LISTED"))
                .body("history[0].effectiveOn", nullValue());
    }

    @Test
    void movesABarrierForwardSkippingAStepAndKeepsEveryDatedChange() {
        String imposer = listNewBarrier("SPS-9");

        given().contentType(ContentType.JSON).body("{\"status\":\"OFFERED\",\"effectiveOn\":\"2025-06-25\",\"note\":\"offered\"}")
                .when().post("/api/v1/barriers/{i}/SPS-9/status-changes", imposer)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/barriers/" + imposer + "/SPS-9/status-changes/"))
                .body("status", equalTo("OFFERED"))
                .body("statusSince", equalTo("2025-06-25"));
        given().contentType(ContentType.JSON).body("{\"status\":\"REMOVAL_VERIFIED\",\"effectiveOn\":\"2025-09-30\"}")
                .when().post("/api/v1/barriers/{i}/SPS-9/status-changes", imposer)
                .then().statusCode(201)
                .body("status", equalTo("REMOVAL_VERIFIED"));

        given().when().get("/api/v1/barriers/{i}/SPS-9/status-changes", imposer)
                .then().statusCode(200)
                .body("status", contains("LISTED", "OFFERED", "REMOVAL_VERIFIED"))
                .body("effectiveOn", contains("2025-04-01", "2025-06-25", "2025-09-30"))
                .body("fromStatus", contains(null, "LISTED", "OFFERED"));
    }

    @Test
    void refusesToMoveABarrierBackwardsOrToTheSameStatus() {
        String imposer = listNewBarrier("TBT-9");
        given().contentType(ContentType.JSON).body("{\"status\":\"OFFERED\",\"effectiveOn\":\"2025-06-25\"}")
                .when().post("/api/v1/barriers/{i}/TBT-9/status-changes", imposer)
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body("{\"status\":\"LISTED\",\"effectiveOn\":\"2025-07-01\"}")
                .when().post("/api/v1/barriers/{i}/TBT-9/status-changes", imposer)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:illegal-status-change"))
                .body("allowed", contains("LEGISLATED", "REMOVAL_VERIFIED"));
        given().contentType(ContentType.JSON).body("{\"status\":\"OFFERED\",\"effectiveOn\":\"2025-07-01\"}")
                .when().post("/api/v1/barriers/{i}/TBT-9/status-changes", imposer)
                .then().statusCode(409);
        given().when().get("/api/v1/barriers/{i}/TBT-9", imposer)
                .then().body("status", equalTo("OFFERED")).body("history", hasSize(2));
    }

    @Test
    void refusesAChangeDatedBeforeThePreviousOne() {
        String imposer = listNewBarrier("IP-9");

        given().contentType(ContentType.JSON).body("{\"status\":\"OFFERED\",\"effectiveOn\":\"2025-03-01\"}")
                .when().post("/api/v1/barriers/{i}/IP-9/status-changes", imposer)
                .then().statusCode(409)
                .body("type", equalTo("urn:tradedeal:problem:status-date-out-of-order"));
    }

    @Test
    void namesEachBadFieldOfANewBarrier() {
        given().contentType(ContentType.JSON).body("""
                        {"code":"sps 1","imposer":"PK","listedBy":"US","mastChapter":"Z","category":"sps","title":"",
                         "description":"x","source":"y","affectedProducts":["120"]}""")
                .when().post("/api/v1/barriers")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("code", "mastChapter", "title", "listedOn"));
    }

    @Test
    void aBlockedTradeFigureNeedsItsSource() {
        String imposer = TestData.freshPartner();
        given().contentType(ContentType.JSON).body("""
                        {"code":"BAN-9","imposer":"%s","listedBy":"US","mastChapter":"E","category":"import-restriction",
                         "title":"Ban","description":"A ban","source":"test","listedOn":"2025-04-01","blockedTradeUsd":1000}"""
                        .formatted(imposer))
                .when().post("/api/v1/barriers")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("blockedTradeSource"));
    }

    @Test
    void answersAnUnknownBarrierWith404() {
        given().when().get("/api/v1/barriers/PK/NOPE-1")
                .then().statusCode(404)
                .body("type", equalTo("urn:tradedeal:problem:not-found"));
    }

    /** Lists a barrier of a fresh partner (so the seeded catalogue stays untouched) and returns the partner. */
    private static String listNewBarrier(String code) {
        String imposer = TestData.freshPartner();
        given().contentType(ContentType.JSON).body("""
                        {"code":"%s","imposer":"%s","listedBy":"US","mastChapter":"A","category":"sps","title":"Test barrier",
                         "description":"A test barrier","source":"test","listedOn":"2025-04-01","affectedProducts":["1201","0201"]}"""
                        .formatted(code, imposer))
                .when().post("/api/v1/barriers")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/barriers/" + imposer + "/" + code))
                .body("status", equalTo("LISTED"))
                .body("affectedProducts", contains("0201", "1201"));
        return imposer;
    }
}
