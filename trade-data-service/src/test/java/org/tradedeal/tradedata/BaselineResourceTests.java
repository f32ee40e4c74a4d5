package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class BaselineResourceTests {

    @Test
    void servesEveryFieldOfTheContract() {
        given().when().get("/api/v1/baselines?reporter=US&partner=PK&year=2024")
                .then().statusCode(200)
                .body("reporter", equalTo("US"))
                .body("partner", equalTo("PK"))
                .body("year", equalTo(2024))
                .body("basis", equalTo("CALENDAR_YEAR"))
                .body("dataVintage", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("importsUsd", equalTo(5107479000L))
                .body("exportsUsd", equalTo(2100000000))
                .body("imports.valueUsd", equalTo(5107479000L))
                .body("imports.precision", equalTo("EXACT"))
                .body("imports", hasKey("source"))
                .body("imports", hasKey("vintage"))
                .body("exports.precision", equalTo("ROUNDED"))
                .body("importsByProduct[0].hsCode", equalTo("63"))
                .body("importsByProduct[0].valueUsd", equalTo(1454640064))
                .body("importsByProduct[0].ledger", equalTo("REPORTER"))
                .body("importsByProduct[0]", hasKey("description"))
                .body("importsByProduct[0]", hasKey("period"))
                .body("importsByProduct[0]", hasKey("source"))
                .body("exportsByProduct[0].hsCode", equalTo("5201"))
                .body("exportsByProduct[0].description", equalTo("Cotton, not carded or combed"))
                .body("exportsByProduct[0].valueUsd", equalTo(393000000))
                .body("exportsByProduct[0].ledger", equalTo("PARTNER_MIRROR"))
                .body("exportsByProduct[0].period", equalTo("FY2024-25"))
                .body("measures.ratePct", hasItem(19))
                .body("measures.find { it.ratePct == 19 }.authority", equalTo("IEEPA_RECIPROCAL"))
                .body("measures.find { it.ratePct == 19 }.validFrom", equalTo("2025-08-07"))
                .body("measures.find { it.ratePct == 19 }", hasKey("validUntil"))
                .body("measures.find { it.ratePct == 19 }", hasKey("imposer"))
                .body("measures.find { it.ratePct == 19 }", hasKey("target"))
                .body("measures.find { it.ratePct == 19 }", hasKey("status"))
                .body("measures.find { it.ratePct == 19 }", hasKey("title"))
                .body("measures.find { it.ratePct == 19 }", hasKey("source"))
                .body("measures.find { it.ratePct == 19 }", hasKey("id"))
                .body("measures.authority", hasItem("SECTION_122"))
                .body("barriers.size()", equalTo(21))
                .body("barriers.find { it.code == 'SPS-1' }.affectedProducts", equalTo(java.util.List.of("1201")))
                .body("barriers.find { it.code == 'SPS-1' }.mastChapter", equalTo("A"))
                .body("barriers.find { it.code == 'SPS-1' }.category", equalTo("sps"))
                .body("barriers.find { it.code == 'SPS-1' }", hasKey("blockedTradeUsd"))
                .body("barriers.find { it.code == 'SPS-1' }.blockedTradeUsd", nullValue())
                .body("barriers.find { it.code == 'SPS-2' }.affectedProducts", equalTo(java.util.List.of("5201")))
                .body("reciprocalRate.deficitRatioPct", equalTo(58.88f))
                .body("reciprocalRate.chargedPct", equalTo(59))
                .body("reciprocalRate.ratePct", equalTo(30))
                .body("reciprocalRate.epsilon", equalTo(4))
                .body("reciprocalRate.phi", equalTo(0.25f));
    }

    @Test
    void keepsTheSameDataVintageAcrossCalls() {
        String first = vintage("US", "PK", 2024);
        String second = vintage("US", "PK", 2024);

        assertEquals(first, second);
    }

    @Test
    void changesTheDataVintageWhenTheDataChange() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        TestData.flow("US", partner, "2024", "IMPORT", "TOTAL", null, 900_000_000L, "EXACT", "test source", vintage);
        TestData.flow("US", partner, "2024", "EXPORT", "TOTAL", null, 400_000_000L, "EXACT", "test source", vintage);
        String before = vintage("US", partner, 2024);
        assertEquals(before, vintage("US", partner, 2024));

        TestData.flow("US", partner, "2024", "EXPORT", "HS2", "52", 100_000_000L, "EXACT", "test source", vintage);

        assertNotEquals(before, vintage("US", partner, 2024));
    }

    @Test
    void answersAPairWithoutFlowsWith404ProblemDetails() {
        given().when().get("/api/v1/baselines?reporter=US&partner=PK&year=1999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:no-trade-data"))
                .body("detail", not(nullValue()));
    }

    private static String vintage(String reporter, String partner, int year) {
        return given().when().get("/api/v1/baselines?reporter={r}&partner={p}&year={y}", reporter, partner, year)
                .then().statusCode(200)
                .extract().path("dataVintage");
    }
}
