package org.tradedeal.negotiation;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.tradedeal.negotiation.support.Api;
import org.tradedeal.negotiation.support.StubbedDownstreams;
import org.tradedeal.negotiation.support.Stubs;

import static io.restassured.RestAssured.given;
import static org.tradedeal.negotiation.support.Numbers.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"admin", "negotiator", "analyst"},
        attributes = @SecurityAttribute(key = "side", value = "PK"))
class RescoringTests extends StubbedDownstreams {

    @Test
    void aRescoreAfterANewRulesetSaysWhatChangedAndWhyTheScoreMoved() {
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);
        Stubs.rules(downstreams, Stubs.okBody(Stubs.laterEvaluation("2.1.0", "sha256:stub-vintage-1")));

        given().when().post("/api/v1/drafts/" + draft + "/versions/1/rescoring")
                .then().statusCode(200)
                .body("status", is("SCORED"))
                .body("latestEvaluation.score", is(64.15f))
                .body("latestEvaluation.changes.rulesetChanged", is(true))
                .body("latestEvaluation.changes.dataVintageChanged", is(false))
                .body("latestEvaluation.changes.scoreDelta", number(6))
                .body("latestEvaluation.changes.concerns.find { it.concern == 'BARRIERS' }.delta", number(6))
                .body("latestEvaluation.changes.concerns.find { it.concern == 'BARRIERS' }.rulesNowFiring",
                        contains("Verifiable removal of a barrier that blocks a top export"))
                .body("latestEvaluation.changes.concerns.find { it.concern == 'DEFICIT' }.delta", number(0))
                .body("latestEvaluation.changes.explanation", containsString("ruleset changed"))
                .body("latestEvaluation.changes.explanation", containsString("BARRIERS +6"));

        given().when().get("/api/v1/drafts/" + draft + "/versions/1/evaluations")
                .then().statusCode(200).body("$", hasSize(2)).body("ruleset.version", contains("2.0.0", "2.1.0"));
    }

    @Test
    void aRescoreAfterNewTradeDataNamesTheNewVintage() {
        long draft = Api.createDraft(Api.openNegotiation());
        Api.submit(draft, 1).statusCode(200);
        Stubs.rules(downstreams, Stubs.okBody(Stubs.laterEvaluation("2.0.0", "sha256:stub-vintage-2")));

        given().when().post("/api/v1/drafts/" + draft + "/versions/1/rescoring")
                .then().statusCode(200)
                .body("latestEvaluation.changes.rulesetChanged", is(false))
                .body("latestEvaluation.changes.dataVintageChanged", is(true))
                .body("latestEvaluation.changes.explanation", containsString("sha256:stub-vintage-2"));
    }

    @Test
    void aVersionNeverSubmittedCannotBeRescored() {
        long draft = Api.createDraft(Api.openNegotiation());
        given().when().post("/api/v1/drafts/" + draft + "/versions/1/rescoring")
                .then().statusCode(409).body("type", is("urn:tradedeal:problem:illegal-status-change"));
    }

    @Test
    void aNegotiationsRescoringSaysForEachVersionWhyItsScoreMoved() {
        long negotiation = Api.openNegotiation();
        long draft = Api.createDraft(negotiation);
        Api.submit(draft, 1).statusCode(200);
        Stubs.rules(downstreams, Stubs.okBody(Stubs.laterEvaluation("2.1.0", "sha256:stub-vintage-1")));

        given().when().post("/api/v1/negotiations/" + negotiation + "/rescoring")
                .then().statusCode(200)
                .body("outcome", contains("SCORED"))
                .body("[0].changes.previousScore", number(58.15))
                .body("[0].changes.score", number(64.15))
                .body("[0].changes.rulesetChanged", is(true))
                .body("[0].changes.previousRuleset", containsString("2.0.0"))
                .body("[0].changes.ruleset", containsString("2.1.0"))
                .body("[0].changes.concerns.find { it.concern == 'BARRIERS' }.rulesNowFiring",
                        contains("Verifiable removal of a barrier that blocks a top export"))
                .body("[0].changes.explanation", containsString("Score 58.15 -> 64.15"));
    }

    @Test
    void rescoresEveryScoredVersionOfANegotiation() {
        long negotiation = Api.openNegotiation();
        long scored = Api.createDraft(negotiation);
        long unsubmitted = Api.createDraft(negotiation);
        Api.submit(scored, 1).statusCode(200);

        given().when().post("/api/v1/negotiations/" + negotiation + "/rescoring")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("draftId", hasItem((int) scored))
                .body("outcome", contains("SCORED"));
        assertThat(Api.evaluationCount(scored, 1)).isEqualTo(2);
        assertThat(Api.evaluationCount(unsubmitted, 1)).isZero();
    }
}
