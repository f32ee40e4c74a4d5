package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class DraftResourceTests {

    @Test
    void createsADraftWithItsFirstVersionForOurSide() {
        long negotiation = Api.openNegotiation();
        long draft = Api.createDraft(negotiation);

        given().when().get("/api/v1/drafts/" + draft)
                .then().statusCode(200)
                .body("side", equalTo("PK"))
                .body("latestVersion", equalTo(1))
                .body("versions.status", contains("DRAFT"));
        Api.version(draft, 1).statusCode(200)
                .body("content.purchases[0].hsCode", equalTo("5201"))
                .body("content.barrierRemovals[0].barrierCode", equalTo("SPS-2"))
                .body("author", equalTo("tester"));
    }

    @Test
    void everyEditMakesANewVersionAndKeepsTheOldOne() {
        long draft = Api.createDraft(Api.openNegotiation());
        edit(draft, 1, Api.content(List.of(Api.purchase("1201", 300_000_000L, 2025, 2)), List.of()))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/drafts/" + draft + "/versions/2"))
                .body("version", equalTo(2));

        Api.version(draft, 1).body("content.purchases[0].hsCode", equalTo("5201"));
        Api.version(draft, 2).body("content.purchases[0].hsCode", equalTo("1201"));
        given().when().get("/api/v1/drafts/" + draft + "/versions").then().body("version", contains(1, 2));
    }

    @Test
    void refusesAnEditOfAVersionThatIsNotTheLatest() {
        long draft = Api.createDraft(Api.openNegotiation());
        edit(draft, 1, Api.content(List.of(Api.purchase("1201", 1_000_000L, 2025, 1)), List.of())).statusCode(201);

        edit(draft, 1, Api.content(List.of(Api.purchase("2709", 1_000_000L, 2025, 1)), List.of()))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tradedeal:problem:stale-version"))
                .body("currentVersion", equalTo(2));
        given().when().get("/api/v1/drafts/" + draft).then().body("latestVersion", equalTo(2));
    }

    @Test
    void namesEachBadFieldOfAMalformedDraft() {
        long negotiation = Api.openNegotiation();
        Map<String, Object> badPurchase = Map.of("hsCode", "52O1", "addedUsdPerYear", -5, "firstYear", 2025, "years", 0,
                "binding", true);
        Map<String, Object> raisingCut = Map.of("hsCode", "8471", "fromPct", 5, "toPct", 20);
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Bad", "content", Map.of(
                        "purchases", List.of(badPurchase), "tariffCuts", List.of(raisingCut))))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(400)
                .body("violations.field", hasItems("content.purchases[0].hsCode",
                        "content.purchases[0].addedUsdPerYear", "content.purchases[0].years",
                        "content.tariffCuts[0].toPct"));
    }

    @Test
    void refusesAnEmptyDraft() {
        long negotiation = Api.openNegotiation();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Nothing", "content", Map.of()))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(400)
                .body("violations.field", hasItem("content"));
    }

    @Test
    void refusesPurchasesBeforeTheBaselineYear() {
        long negotiation = Api.openNegotiation();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Old",
                        "content", Api.content(List.of(Api.purchase("5201", 1_000_000L, 2020, 1)), List.of())))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(400)
                .body("violations.field", hasItems("content.purchases[0].firstYear"));
        given().when().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void refusesAnAuthorOrASideInTheBodyBecauseBothComeFromTheToken() {
        long negotiation = Api.openNegotiation();
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Signed as someone else", "author", "minister", "side", "US",
                        "content", Api.content(List.of(Api.purchase("5201", 1_000_000L, 2025, 1)), List.of())))
                .when().post("/api/v1/negotiations/" + negotiation + "/drafts")
                .then().statusCode(400)
                .body("violations.field", hasItems("author", "side"));
        long draft = Api.createDraft(negotiation);
        given().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", 1, "author", "minister",
                        "content", Api.content(List.of(Api.purchase("1201", 1_000_000L, 2025, 1)), List.of())))
                .when().post("/api/v1/drafts/" + draft + "/versions")
                .then().statusCode(400)
                .body("violations.field", hasItems("author"));
        given().when().get("/api/v1/drafts/" + draft).then().body("latestVersion", equalTo(1));
    }

    @Test
    void aDraftVersionCanBeWithdrawnButNotSharedBeforeItIsScored() {
        long draft = Api.createDraft(Api.openNegotiation());
        status(draft, 1, "SHARED").statusCode(409)
                .body("type", equalTo("urn:tradedeal:problem:illegal-status-change"));
        status(draft, 1, "WITHDRAWN").statusCode(200).body("status", equalTo("WITHDRAWN"));
        Api.submit(draft, 1).statusCode(409);
    }

    @Test
    void answersUnknownDraftsAndVersionsWith404() {
        given().when().get("/api/v1/drafts/999999").then().statusCode(404)
                .body("type", equalTo("urn:tradedeal:problem:not-found"));
        long draft = Api.createDraft(Api.openNegotiation());
        Api.version(draft, 7).statusCode(404).body("type", equalTo("urn:tradedeal:problem:not-found"));
    }

    static io.restassured.response.ValidatableResponse edit(long draft, int basedOn, Map<String, Object> content) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", basedOn, "content", content))
                .when().post("/api/v1/drafts/" + draft + "/versions").then();
    }

    static io.restassured.response.ValidatableResponse status(long draft, int version, String status) {
        return given().contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/api/v1/drafts/" + draft + "/versions/" + version + "/status").then();
    }
}
