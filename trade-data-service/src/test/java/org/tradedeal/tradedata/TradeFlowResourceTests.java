package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestSecurity(user = "analyst", roles = {"analyst", "admin"})
class TradeFlowResourceTests {

    @Test
    void storesAFigureWithTheYearItsPeriodEndsIn() {
        String partner = TestData.freshPartner();
        String location = given().contentType(ContentType.JSON).body("""
                        {"reporter":"%s","partner":"US","period":"FY2024-25","direction":"IMPORT","productLevel":"HS4","hsCode":"5201",
                         "valueUsd":393000000,"precision":"ROUNDED","roundingUnitUsd":1000000,"source":"test","vintage":"v"}""".formatted(partner))
                .when().post("/api/v1/trade-flows")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/trade-flows/"))
                .body("basis", equalTo("FISCAL_YEAR"))
                .body("year", equalTo(2025))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("hsCode", equalTo("5201"));
        given().when().get("/api/v1/trade-flows?reporter={r}", partner).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void namesEachBadFieldOfAFigure() {
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"ZZ","period":"2024","basis":"FISCAL_YEAR","direction":"EXPORT","productLevel":"HS4",
                         "hsCode":"52","valueUsd":10,"precision":"EXACT","roundingUnitUsd":5,"source":"test","vintage":"v"}""")
                .when().post("/api/v1/trade-flows")
                .then().statusCode(400)
                .body("type", equalTo("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItems("partner"));
        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"PK","period":"2024","basis":"FISCAL_YEAR","direction":"EXPORT","productLevel":"HS4",
                         "hsCode":"52","valueUsd":10,"precision":"EXACT","roundingUnitUsd":5,"source":"test","vintage":"v"}""")
                .when().post("/api/v1/trade-flows")
                .then().statusCode(400)
                .body("violations.field", hasItems("period", "hsCode", "roundingUnitUsd"));
        given().contentType(ContentType.JSON).body("{\"reporter\":\"US\",\"valueUsd\":1.5,\"direction\":\"SIDEWAYS\"}")
                .when().post("/api/v1/trade-flows")
                .then().statusCode(400);
    }

    @Test
    void refusesTheSameFigureOfTheSameSourceAndVintageTwice() {
        String partner = TestData.freshPartner();
        String vintage = TestData.freshVintage();
        TestData.flow("US", partner, "2024", "EXPORT", "TOTAL", null, 10, "EXACT", "test", vintage);

        given().contentType(ContentType.JSON).body("""
                        {"reporter":"US","partner":"%s","period":"2024","direction":"EXPORT","productLevel":"TOTAL",
                         "valueUsd":11,"precision":"EXACT","source":"test","vintage":"%s"}""".formatted(partner, vintage))
                .when().post("/api/v1/trade-flows")
                .then().statusCode(409)
                .body("type", equalTo("urn:tradedeal:problem:already-exists"));
    }

    @Test
    void deletesAFigure() {
        String partner = TestData.freshPartner();
        TestData.flow("US", partner, "2024", "EXPORT", "TOTAL", null, 10, "EXACT", "test", TestData.freshVintage());
        long id = given().when().get("/api/v1/trade-flows?partner={p}", partner).then().extract().jsonPath().getLong("[0].id");

        given().when().delete("/api/v1/trade-flows/{id}", id).then().statusCode(204);
        given().when().get("/api/v1/trade-flows/{id}", id).then().statusCode(404);
    }

    @Test
    void deletingAnUnknownFigureIsA404() {
        given().when().delete("/api/v1/trade-flows/{id}", Long.MAX_VALUE)
                .then().statusCode(404)
                .body("type", equalTo("urn:tradedeal:problem:not-found"))
                .body("detail", equalTo("No trade flow with id " + Long.MAX_VALUE));
    }

    @Test
    void showsTheTradeBalanceWithItsProvenance() {
        given().when().get("/api/v1/trade-balances?reporter=US&partner=PK&year=2024")
                .then().statusCode(200)
                .body("balanceUsd", equalTo(-3007479000L))
                .body("imports.source", containsString("US Census"))
                .body("exports.source", containsString("USTR"))
                .body("importsByProduct", hasSize(84))
                .body("exportsByProduct[0].ledger", equalTo("PARTNER_MIRROR"));
    }
}
