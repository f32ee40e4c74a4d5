package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class ReciprocalRateResourceTests {

    private static final String US_PK_2024 = "/api/v1/reciprocal-rates?reporter=US&partner=PK&year=2024";

    @Test
    void usesTheExactImportsAndTheRoundedExportsOfTheUsLedger() {
        given().when().get(US_PK_2024)
                .then().statusCode(200)
                .body("basis", equalTo("CALENDAR_YEAR"))
                .body("imports.valueUsd", equalTo(5107479000L))
                .body("imports.precision", equalTo("EXACT"))
                .body("exports.valueUsd", equalTo(2100000000))
                .body("exports.precision", equalTo("ROUNDED"))
                .body("exports.precisionNote", equalTo("rounded to 0.1 bn"))
                .body("inputsExact", equalTo(false))
                .body("reciprocalRate.deficitRatioPct", equalTo(58.88f))
                .body("reciprocalRate.chargedPct", equalTo(59))
                .body("reciprocalRate.ratePct", equalTo(30));
    }

    @Test
    void saysThePublishedRateDiffersBecauseTheExportsAreRounded() {
        given().when().get(US_PK_2024)
                .then().statusCode(200)
                .body("published.publishedRatePct", equalTo(29))
                .body("published.publishedChargedPct", equalTo(58))
                .body("published.formulaRatePct", equalTo(30))
                .body("published.agrees", equalTo(false))
                .body("published.exportsWindow.minExportsUsd", equalTo(2145141180))
                .body("published.exportsWindow.maxExportsUsd", equalTo(2170678575L))
                .body("published.exportsUsedInWindow", equalTo(false))
                .body("published.explanation", allOf(containsString("2,145.1 M and 2,170.7 M"),
                        containsString("rounding of the input"), containsString("19% under IEEPA_RECIPROCAL"),
                        containsString("10% under SECTION_122")));
    }

    @Test
    void keepsTheOtherCandidatesAndNotesThatTheChapterRowsSumDiffers() {
        given().when().get(US_PK_2024)
                .then().statusCode(200)
                .body("imports.alternatives.derivation", hasItem("HS2_SUM"))
                .body("imports.alternatives.valueUsd", hasItem(5107479031L))
                .body("notes", hasItem(containsString("31 USD more than its total row")));
    }

    @Test
    void readsPakistansOwnLedgerOnItsFiscalYear() {
        given().when().get("/api/v1/reciprocal-rates?reporter=PK&partner=US&year=2025")
                .then().statusCode(200)
                .body("basis", equalTo("FISCAL_YEAR"))
                .body("period", equalTo("FY2024-25"))
                .body("imports.valueUsd", equalTo(1768000000))
                .body("exports.valueUsd", equalTo(5830000000L))
                .body("reciprocalRate.ratePct", equalTo(10))
                .body("published", nullValue());
    }

    @Test
    void theInverseOnHeldDataReachesTheTargetToTheDollar() {
        given().contentType(ContentType.JSON).body("{\"reporter\":\"US\",\"partner\":\"PK\",\"year\":2024,\"targetRatePct\":19}")
                .when().post("/api/v1/reciprocal-rates/inverse")
                .then().statusCode(200)
                .body("result.additionalExportsUsd", equalTo(1066636980))
                .body("result.atAnswer.ratePct", equalTo(19))
                .body("result.oneDollarLess.ratePct", equalTo(20))
                .body("exports.precision", equalTo("ROUNDED"));
    }

    @Test
    void theInverseTakesChangedImportsIntoAccount() {
        given().contentType(ContentType.JSON)
                .body("{\"reporter\":\"US\",\"partner\":\"PK\",\"year\":2024,\"targetRatePct\":19,\"importsChangeUsd\":-107479000}")
                .when().post("/api/v1/reciprocal-rates/inverse")
                .then().statusCode(200)
                .body("importsChangeUsd", equalTo(-107479000))
                .body("result.importsUsd", equalTo(5000000000L))
                .body("result.additionalExportsUsd", equalTo(1000000000));
    }

    @Test
    void refusesImportsGivenTwoWays() {
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"PK","year":2024,"targetRatePct":19,"importsUsd":5000000000,"importsChangeUsd":1}""")
                .when().post("/api/v1/reciprocal-rates/inverse")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItem("importsChangeUsd"));
    }

    @Test
    void theWhatIfAddsExportsByProductAndShowsWhatIsExportedToday() {
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"PK","year":2024,
                         "addedExports":[{"hsCode":"5201","addedUsd":500000000},{"hsCode":"1201","addedUsd":300000000}]}""")
                .when().post("/api/v1/reciprocal-rates/what-if")
                .then().statusCode(200)
                .body("exportsAfterUsd", equalTo(2900000000L))
                .body("before.ratePct", equalTo(30))
                .body("after.ratePct", equalTo(22))
                .body("rateChangePct", equalTo(-8))
                .body("addedExports[0].currentUsd", equalTo(393000000))
                .body("addedExports[0].currentLedger", equalTo("PARTNER_MIRROR"))
                .body("addedExports[0].currentPeriod", equalTo("FY2024-25"));
    }

    @Test
    void namesEachProductThatAppearsTwiceInAWhatIf() {
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"PK","year":2024,
                         "addedExports":[{"hsCode":"1201","addedUsd":1},{"hsCode":"1201","addedUsd":2}]}""")
                .when().post("/api/v1/reciprocal-rates/what-if")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("addedExports[1].hsCode"))
                .body("violations[0].message", equalTo("product 1201 appears more than once"));
    }

    @Test
    void theWhatIfAndTheInverseOnHeldDataNameTheirProducts() {
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"PK","year":2024,
                         "addedExports":[{"hsCode":"5201","addedUsd":500000000},{"hsCode":"1201","addedUsd":300000000}]}""")
                .when().post("/api/v1/reciprocal-rates/what-if")
                .then().statusCode(200)
                .body("addedExports[0].description", equalTo("Cotton, not carded or combed"))
                .body("addedExports[1].description", equalTo("Soybeans"));
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"PK","year":2024,"targetRatePct":19,
                         "allocation":[{"hsCode":"5201","share":0.5},{"hsCode":"1201","share":0.5}]}""")
                .when().post("/api/v1/reciprocal-rates/inverse")
                .then().statusCode(200)
                .body("result.allocation[0].description", equalTo("Cotton, not carded or combed"))
                .body("result.allocation[1].description", equalTo("Soybeans"));
    }

    @Test
    void aWhatIfWithNothingToChangeIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"reporter\":\"US\",\"partner\":\"PK\",\"year\":2024}")
                .when().post("/api/v1/reciprocal-rates/what-if")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("addedExports"));
    }

    @Test
    void answersAPairWithoutDataWith404ProblemDetails() {
        given().when().get("/api/v1/reciprocal-rates?reporter=US&partner=PK&year=1999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:no-trade-data"));
    }

    @Test
    void namesTheBadQueryParameters() {
        given().when().get("/api/v1/reciprocal-rates?reporter=USA&partner=PK&year=2024")
                .then().statusCode(400)
                .body("violations.field", hasItem("reporter"));
        given().when().get("/api/v1/reciprocal-rates?reporter=US&partner=PK&year=2024&phi=-1")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("phi"))
                .body("violations[0].in", equalTo("query"));
    }
}
