package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * What a client sends is read as it is written: a fraction is not a whole number, a number is not a date or
 * a string, nothing may follow the JSON body, an amount rules-service cannot score is refused at once, and
 * each answer names the field in the words of JSON, never a Java class. Shown on the preview, which
 * validates content as saving a version does.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class StrictInputTests extends StubbedDownstreams {

    private static final String PURCHASE = """
            {"content":{"purchases":[{"hsCode":"5201","addedUsdPerYear":%s,"firstYear":%s,"years":%s,"binding":true}]}}""";

    @Test
    void refusesAFractionOfYearsInsteadOfTruncatingIt() {
        preview(PURCHASE.formatted("1000000", "2026", "2.9")).statusCode(400)
                .body("violations.field", hasItem("content.purchases[0].years"))
                .body("violations.message", hasItem("must be a whole number"));
    }

    @Test
    void refusesAnAmountRulesServiceCannotScore() {
        preview(PURCHASE.formatted("1e18", "2026", "3")).statusCode(400)
                .body("type", is("urn:tradedeal:problem:validation"))
                .body("violations.field", hasItem("content.purchases[0].addedUsdPerYear"));
        downstreams.verify(0, postRequestedFor(urlPathEqualTo(Stubs.EVALUATIONS_PATH)));
    }

    @Test
    void refusesANumberWhereTextBelongsAndNamesNoJavaType() {
        preview("{\"content\":{\"purchases\":[{\"hsCode\":5201,\"addedUsdPerYear\":1000000,\"firstYear\":2026,"
                + "\"years\":3,\"binding\":true}]}}").statusCode(400)
                .body("violations.field", hasItem("content.purchases[0].hsCode"))
                .body("violations.message", hasItem("must be a string"))
                .body(not(containsString("java.")));
    }

    @Test
    void refusesTrailingContentAfterTheBody() {
        preview(PURCHASE.formatted("1000000", "2026", "3") + " {}").statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", is("body"));
    }

    @Test
    void refusesNulAndControlCharactersInTextWithTheFieldNamed() {
        preview("{\"content\":{\"intentions\":[\"buy more\\u0000\"]}}").statusCode(400)
                .body("violations.field", hasItem("content.intentions[0]"))
                .body("violations.message", hasItem("must not contain control characters"));
    }

    @Test
    void refusesAWriteWithoutItsContentType() {
        given().body(PURCHASE.formatted("1000000", "2026", "3"))
                .when().post("/api/v1/negotiations/" + Api.openNegotiation() + "/previews")
                .then().statusCode(415).contentType("application/problem+json");
    }

    private static ValidatableResponse preview(String body) {
        return given().contentType("application/json").body(body)
                .when().post("/api/v1/negotiations/" + Api.openNegotiation() + "/previews").then();
    }
}
