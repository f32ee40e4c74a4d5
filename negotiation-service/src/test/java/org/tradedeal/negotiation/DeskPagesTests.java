package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.service.ScoringService;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The negotiator's desk at the level of its HTML: the pages and the htmx fragments that the browser tests
 * (e2e-tests, DeskBrowserIT) click through, here against the stubbed downstreams.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class DeskPagesTests extends StubbedDownstreams {

    @Inject
    ScoringService scoring;

    @Test
    void theHomePageListsTheNegotiations() {
        long negotiation = Api.openNegotiation(Map.of("title", "Talks on the home page"));

        page("/").body(containsString("<a href=\"/negotiations/" + negotiation + "\">Talks on the home page</a>"));
    }

    @Test
    void aNegotiationShowsItsRoadmapWithOverdueAndAtRiskMilestonesAndItsDraftsWithTheirScores() {
        long negotiation = Api.openNegotiation(Map.of("title", "Talks with a deadline"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "DEADLINE", "title", "Suspension ends",
                        "dueDate", "2025-07-09", "status", "PLANNED"))
                .post("/api/v1/negotiations/" + negotiation + "/milestones").then().statusCode(201);
        long draft = Api.createDraft(negotiation);
        Api.submit(draft, 1).statusCode(200);

        page("/negotiations/" + negotiation)
                .body(containsString("<li class=\"milestone at-risk\">"))
                .body(containsString("Suspension ends"))
                .body(containsString("Overdue by"))
                .body(containsString("Cotton package"))
                .body(containsString("Partially addresses the concerns"))
                .body(containsString("hx-get=\"/negotiations/" + negotiation + "/trade\""));
    }

    @Test
    void theTradeFiguresShowTheRatesTheProductsAndTheListedBarriers() {
        long negotiation = Api.openNegotiation();

        page("/negotiations/" + negotiation + "/trade")
                .body(containsString("30%"))
                .body(containsString("Cotton, not carded or combed"))
                .body(containsString("393 M USD"))
                .body(containsString("Biotech (GE) approvals for soybeans and oilseeds"))
                // Trade at stake: the barrier's share of today's exports, as the rules weigh it.
                .body(containsString("137 M USD"));
    }

    @Test
    void theTradeFiguresSayWhenTradeDataServiceIsDownAndTheRestOfThePageStands() {
        long negotiation = Api.openNegotiation();
        Stubs.baseline(downstreams, Stubs.problem(503, "maintenance"));

        page("/negotiations/" + negotiation + "/trade").body(containsString("not available right now"))
                .body(containsString("trade-data-service did not answer"));
        page("/negotiations/" + negotiation).body(containsString("Write a new draft"));
    }

    @Test
    void savingTheEditorMakesTheFirstVersionUnderTheSignedInUserAndGoesToItsPage() {
        long negotiation = Api.openNegotiation();

        String location = form(cottonForm("Cotton from the desk"))
                .post("/negotiations/" + negotiation + "/drafts").then().statusCode(303)
                .header("Location", containsString("/versions/1")).extract().header("Location");
        long draft = Long.parseLong(location.replaceAll(".*/drafts/(\\d+)/versions/1$", "$1"));

        Api.version(draft, 1).statusCode(200)
                .body("author", equalTo("tester"))
                .body("content.purchases[0].hsCode", equalTo("5201"))
                .body("content.purchases[0].addedUsdPerYear", equalTo(400000000))
                .body("content.barrierRemovals[0].barrierCode", equalTo("SPS-2"))
                .body("content.barrierRemovals[0].committedBy", equalTo("2026-06-30"));
        page("/drafts/" + draft + "/versions/1").body(containsString("Cotton from the desk: version 1"))
                .body(containsString("Score this version"));
    }

    @Test
    void aRejectedSaveSendsTheFormBackAsTypedWithEachErrorBesideItsField() {
        long negotiation = Api.openNegotiation();
        Map<String, String> fields = cottonForm("");
        fields.put("purchases[0].firstYear", "20x6");
        fields.put("purchases[0].hsCode", "5x");

        form(fields).post("/negotiations/" + negotiation + "/drafts").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"p0-firstYear-error\">must be a whole number"))
                .body(containsString("id=\"p0-hsCode-error\">must be an HS code"))
                .body(containsString("value=\"20x6\""))
                .body(containsString("value=\"5x\""))
                .body(containsString("value=\"400\""));
        given().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("$", empty());
    }

    @Test
    void aRuleOfTheNegotiationRejectedOnSaveIsShownBesideItsFieldToo() {
        long negotiation = Api.openNegotiation();
        Map<String, String> fields = cottonForm("Too early");
        fields.put("purchases[0].firstYear", "2019");
        fields.put("title", "");

        form(fields).post("/negotiations/" + negotiation + "/drafts").then().statusCode(400)
                .body(containsString("id=\"title-error\">must not be blank"));
        fields.put("title", "Too early");
        form(fields).post("/negotiations/" + negotiation + "/drafts").then().statusCode(400)
                .body(containsString("id=\"p0-firstYear-error\">must not be before the negotiation&#39;s baseline year 2024"));
    }

    @Test
    void aStaleEditShowsTheConflictKeepsWhatWasTypedAndCanBeSavedOnTopOfTheLatest() {
        long draft = Api.createDraft(Api.openNegotiation());
        given().contentType(ContentType.JSON).body(Map.of("basedOnVersion", 1, "content", Api.content(List.of(Api.purchase("1201", 1_000_000L, 2025, 1)), List.of())))
                .post("/api/v1/drafts/" + draft + "/versions").then().statusCode(201);
        Map<String, String> fields = cottonForm(null);
        fields.put("basedOnVersion", "1");
        fields.put("purchases[0].addedUsdMillionsPerYear", "777");

        form(fields).post("/drafts/" + draft + "/versions").then().statusCode(409)
                .body(containsString("Someone else saved version 2 while you were editing"))
                .body(containsString("value=\"777\""))
                .body(containsString("value=\"save-over:2\""))
                .body(containsString("href=\"/drafts/" + draft + "/edit\" id=\"reload-latest\""));

        fields.put("action", "save-over:2");
        form(fields).post("/drafts/" + draft + "/versions").then().statusCode(303)
                .header("Location", endsWith("/drafts/" + draft + "/versions/3"));
        Api.version(draft, 3).body("content.purchases[0].addedUsdPerYear", equalTo(777000000));
    }

    @Test
    void addingARowFromThePickerKeepsWhatWasTypedAndSavesNothing() {
        long negotiation = Api.openNegotiation();
        Map<String, String> fields = cottonForm("Picked");
        fields.put("action", "add-purchase:1201");

        form(fields).post("/negotiations/" + negotiation + "/drafts").then().statusCode(200)
                .body(containsString("name=\"purchases[1].hsCode\" type=\"text\" value=\"1201\""))
                .body(containsString("name=\"purchases[1].description\" value=\"Soybeans\""))
                .body(containsString("name=\"purchases[0].addedUsdMillionsPerYear\" type=\"text\" value=\"400\""));
        given().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("$", empty());
    }

    @Test
    void theEditorAsksTradeDataServiceOnceWhileRowsAreAddedButThePreviewAlwaysAsksAfresh() {
        long negotiation = Api.openNegotiation();
        page("/negotiations/" + negotiation + "/drafts/new").body(containsString("Cotton, not carded or combed"));
        Map<String, String> fields = cottonForm("Rows");
        fields.put("action", "add-purchase:1201");
        form(fields).post("/negotiations/" + negotiation + "/drafts").then().statusCode(200);
        fields.put("action", "add-cut");
        form(fields).post("/negotiations/" + negotiation + "/drafts").then().statusCode(200);
        downstreams.verify(1, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)));

        form(cottonForm("Previewed")).post("/negotiations/" + negotiation + "/preview").then().statusCode(200);
        form(cottonForm("Previewed")).post("/negotiations/" + negotiation + "/preview").then().statusCode(200);
        downstreams.verify(3, getRequestedFor(urlPathEqualTo(Stubs.BASELINES_PATH)));
    }

    @Test
    void theLivePreviewShowsScoreRateAndDollarGapOfTheFormAsTyped() {
        long negotiation = Api.openNegotiation();

        form(cottonForm("Previewed")).post("/negotiations/" + negotiation + "/preview").then().statusCode(200)
                .body(containsString("id=\"preview-score\">58.15<"))
                .body(containsString("id=\"preview-rate\">22%<"))
                .body(containsString("id=\"preview-gap\">246,636,980 USD<"))
                .body(containsString("Most of the purchases are in one product"));
        given().get("/api/v1/negotiations/" + negotiation + "/drafts").then().body("$", empty());
    }

    @Test
    void theLivePreviewSaysWhatIsMissingAndWhenAServiceIsDown() {
        long negotiation = Api.openNegotiation();
        Map<String, String> fields = cottonForm("Half typed");
        fields.put("purchases[0].years", "");

        form(fields).post("/negotiations/" + negotiation + "/preview").then().statusCode(200)
                .body(containsString("To see a score, the draft needs"))
                .body(containsString("Purchase 1, years: must not be null"));
        Stubs.rules(downstreams, Stubs.problem(503, "down"));
        form(cottonForm("Rules down")).post("/negotiations/" + negotiation + "/preview").then().statusCode(200)
                .body(containsString("No preview right now"))
                .body(containsString("the draft can still be saved"));
    }

    @Test
    void theScoreViewShowsTheChartsTheGapTheWarningsAndEveryFiredRule() {
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);

        page("/drafts/" + draft + "/versions/1")
                .body(containsString("id=\"score\">58.15<"))
                .body(containsString("<canvas id=\"concern-chart\""))
                .body(containsString("&quot;labels&quot;:[&quot;Deficit&quot;,&quot;Barriers&quot;"))
                .body(containsString("<canvas id=\"rate-chart\""))
                .body(containsString("in 2025, the weakest year of the commitment window"))
                .body(containsString("<th scope=\"row\">2027</th><td class=\"num\">820,000,000 USD</td>"))
                .body(containsString("246,636,980 USD"))
                .body(containsString("Weak IP enforcement"))
                .body(containsString("Most of the purchases are in one product (5201)"))
                .body(containsString("<td>Purchases of a product group cover part of the window&#39;s need</td><td>Deficit</td><td class=\"num\">16.88</td>"))
                .body(not(containsString("hx-trigger=\"every 2s\"")));
    }

    @Test
    void aPendingScoreShowsAsPendingAndItsSectionPollsUntilItIsScored() {
        long draft = Api.createDraft(Api.openNegotiation());
        Stubs.rules(downstreams, Stubs.problem(503, "down"));
        form(Map.of()).post("/drafts/" + draft + "/versions/1/submission").then().statusCode(303);

        page("/drafts/" + draft + "/versions/1").body(containsString("id=\"score-pending\""))
                .body(containsString("hx-get=\"/drafts/" + draft + "/versions/1/score\" hx-trigger=\"every 2s\""));

        Stubs.healthy(downstreams);
        // What the scoring worker does once the request's time has come.
        long request = QuarkusTransaction.requiringNew().call(() -> ScoringRequest.<ScoringRequest>find(
                "draftVersion.draft.id = ?1 and status = ?2", draft, ScoringRequest.Status.PENDING).firstResult().id);
        scoring.attempt(request);
        page("/drafts/" + draft + "/versions/1/score")
                .body(containsString("id=\"score\">58.15<"))
                .body(not(containsString("hx-trigger=\"every 2s\"")));
    }

    @Test
    void aVersionThatCannotBeScoredSaysWhy() {
        long draft = Api.createDraft(Api.openNegotiation());
        Stubs.baseline(downstreams, Stubs.problem(404, "no trade data for US-PK 2024"));
        form(Map.of()).post("/drafts/" + draft + "/versions/1/submission").then().statusCode(303);

        page("/drafts/" + draft + "/versions/1").body(containsString("id=\"score-failed\""))
                .body(containsString("no trade data for US-PK 2024"))
                .body(containsString("Score this version"));
    }

    @Test
    void theComparisonShowsWhatChangedAndTheScorePerConcernOfBothVersions() {
        long negotiation = Api.openNegotiation();
        long draft = Api.createDraft(negotiation);
        given().contentType(ContentType.JSON).body(Map.of("basedOnVersion", 1, "content", Api.content(List.of(Api.purchase("5201", 500_000_000L, 2025, 3),
                                Api.purchase("1201", 300_000_000L, 2025, 3)), List.of(Api.removal("SPS-2"), Api.removal("SPS-1")))))
                .post("/api/v1/drafts/" + draft + "/versions").then().statusCode(201);
        Api.submit(draft, 1).statusCode(200);
        Api.submit(draft, 2).statusCode(200);

        page("/negotiations/" + negotiation + "/comparison?base=" + draft + ":1&other=" + draft + ":2")
                .body(containsString("Barriers now removed: <strong>SPS-1</strong>"))
                .body(allOf(containsString("<td>1201</td><td>Added</td>"), containsString("+300 M USD")))
                .body(containsString("<canvas id=\"comparison-chart\""))
                .body(containsString("id=\"side-by-side\""));
        page("/negotiations/" + negotiation + "/comparison?base=oops&other=" + draft + ":2").statusCode(400);
    }

    @Test
    void theDashboardShowsTheBestDraftItsGapAndTheMilestonesDue() {
        long negotiation = Api.openNegotiation();
        long draft = Api.createDraft(negotiation);
        Api.submit(draft, 1).statusCode(200);

        page("/negotiations/" + negotiation + "/dashboard?asOf=2025-07-01")
                .body(containsString("<a href=\"/drafts/" + draft + "/versions/1\">Cotton package v1</a>"))
                .body(containsString("246,636,980 USD"))
                .body(containsString("IP-1"));
    }

    @Test
    void anUnknownDraftIsANotFoundPage() {
        given().accept(ContentType.HTML).get("/drafts/987654/versions/1").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("No proposal draft with id 987654"));
    }

    private static ValidatableResponse page(String path) {
        return given().accept(ContentType.HTML).redirects().follow(false).when().get(path).then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 400))
                .contentType(containsString("text/html"));
    }

    private static RequestSpecification form(Map<String, String> fields) {
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParams(fields);
    }

    /** The editor's fields for a cotton purchase of 400 M USD a year and the removal of SPS-2. */
    private static Map<String, String> cottonForm(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (title != null) {
            fields.put("title", title);
        }
        fields.put("purchases[0].hsCode", "5201");
        fields.put("purchases[0].addedUsdMillionsPerYear", "400");
        fields.put("purchases[0].firstYear", "2026");
        fields.put("purchases[0].years", "3");
        fields.put("purchases[0].binding", "true");
        fields.put("barrierRemovals[0].barrierCode", "SPS-2");
        fields.put("barrierRemovals[0].committedBy", "2026-06-30");
        fields.put("barrierRemovals[0].verifiable", "true");
        fields.put("barrierRemovals[0].binding", "true");
        fields.put("action", "save");
        return fields;
    }
}
