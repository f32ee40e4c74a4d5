package org.tradedeal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may see and do what, against the real Keycloak started from its distribution with the suite's realm: its
 * tokens carry what the services check (realm roles, side, audiences), a caller without a valid token or
 * without the role is turned away by every service, and a draft stays with its side until a version is shared.
 */
@ExtendWith(SuiteExtension.class)
class SecurityEndToEndIT {

    private static final String NEGOTIATION = "negotiation-service";
    private static RunningSuite suite;

    @BeforeAll
    static void useTheSuite(RunningSuite running) {
        suite = running;
    }

    @Test
    void keycloaksTokensCarryTheRolesTheSideAndTheAudiencesTheServicesCheck() {
        JsonNode negotiator = RunningKeycloak.claims(suite.keycloak().accessToken(Users.PK_NEGOTIATOR));
        assertThat(negotiator.path("iss").asText()).isEqualTo(suite.keycloak().issuer());
        assertThat(texts(negotiator.path("realm_access").path("roles"))).contains("negotiator").doesNotContain("admin");
        assertThat(negotiator.path("side").asText()).isEqualTo("PK");
        assertThat(negotiator.path("preferred_username").asText()).isEqualTo(Users.PK_NEGOTIATOR);
        assertThat(texts(negotiator.path("aud"))).contains("negotiation-service", "trade-data-service", "rules-service");
        System.out.println("Claims of " + Users.PK_NEGOTIATOR + "'s access token: " + negotiator.toPrettyString());

        assertThat(RunningKeycloak.claims(suite.keycloak().accessToken(Users.US_NEGOTIATOR)).path("side").asText())
                .isEqualTo("US");
        assertThat(RunningKeycloak.claims(suite.keycloak().accessToken(Users.ANALYST)).has("side"))
                .as("an analyst belongs to no side").isFalse();

        JsonNode service = RunningKeycloak.claims(serviceToken());
        assertThat(texts(service.path("realm_access").path("roles"))).contains("service");
        assertThat(texts(service.path("aud"))).contains("trade-data-service", "rules-service");
    }

    @Test
    void everyServiceTurnsAwayACallerWithoutAValidToken() {
        String forged = forgedSignature(suite.keycloak().accessToken(Users.ADMIN));
        for (String[] call : List.of(new String[]{NEGOTIATION, "/api/v1/negotiations"},
                new String[]{"trade-data-service", "/api/v1/partners"}, new String[]{"rules-service", "/api/v1/rules"})) {
            given().baseUri(suite.url(call[0])).get(call[1]).then().statusCode(401);
            given().baseUri(suite.url(call[0])).auth().oauth2(forged).get(call[1]).then().statusCode(401);
        }
    }

    @Test
    void rulesServiceAnswersNegotiationServiceAndNoPerson() {
        for (String user : List.of(Users.ADMIN, Users.PK_NEGOTIATOR, Users.ANALYST)) {
            suite.api("rules-service", user).get("/api/v1/rules").then().statusCode(403);
        }
        given().baseUri(suite.url("rules-service")).auth().oauth2(serviceToken()).get("/api/v1/rules")
                .then().statusCode(200);
    }

    @Test
    void everyoneReadsTradeDataAndOnlyAnalystsAndAdminsChangeIt() {
        suite.api("trade-data-service", Users.US_NEGOTIATOR).get("/api/v1/partners").then().statusCode(200);
        Map<String, String> offered = Map.of("status", "OFFERED", "effectiveOn", "2025-06-25", "note", "by a negotiator");
        suite.api("trade-data-service", Users.PK_NEGOTIATOR).contentType(ContentType.JSON).body(offered)
                .post("/api/v1/barriers/PK/SPS-2/status-changes").then().statusCode(403);
        suite.api("trade-data-service", Users.ANALYST).get("/api/v1/barriers/PK/SPS-2").then().statusCode(200);
    }

    @Test
    void theDeskSendsSomeoneNotLoggedInToKeycloaksLoginPage() {
        given().baseUri(suite.url(NEGOTIATION)).redirects().follow(false).get("/")
                .then().statusCode(302)
                .header("Location", startsWith(suite.keycloak().issuer() + "/protocol/openid-connect/auth"));
    }

    @Test
    void aDraftStaysWithItsSideUntilAVersionIsSharedAndThenTheOtherSideOnlyReadsThatVersion() {
        Negotiator pakistan = new Negotiator(suite, Users.PK_NEGOTIATOR);
        Negotiator unitedStates = new Negotiator(suite, Users.US_NEGOTIATOR);
        long negotiation = pakistan.seedNegotiation();
        long draft = pakistan.createDraft("Cotton, for Pakistan's eyes only");
        String drafts = "/api/v1/negotiations/" + negotiation + "/drafts";
        String version = "/api/v1/drafts/" + draft + "/versions/1";

        // the author is the token's user
        pakistan.api().get(version).then().statusCode(200).body("author", is(Users.PK_NEGOTIATOR));
        // the other side: not in the list, not by id, not its version
        unitedStates.api().get(drafts).then().statusCode(200).body("id", everyItem(not(is((int) draft))));
        unitedStates.api().get("/api/v1/drafts/" + draft).then().statusCode(403);
        unitedStates.api().get(version).then().statusCode(403);
        // a colleague of the same side sees it
        new Negotiator(suite, Users.PK_COLLEAGUE).api().get(version).then().statusCode(200);

        // scored, then shared with the other side
        int submitted = pakistan.api().post(version + "/submission").then().statusCode(oneOf(200, 202))
                .extract().statusCode();
        if (submitted == 202) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    pakistan.api().get(version).then().body("status", is("SCORED")));
        }
        unitedStates.api().post(version + "/sharing").then().statusCode(403);
        pakistan.api().post(version + "/sharing").then().statusCode(200).body("status", is("SHARED"));

        // now the other side reads that version, and cannot write to the draft
        unitedStates.api().get(version).then().statusCode(200).body("author", is(Users.PK_NEGOTIATOR));
        unitedStates.api().get(drafts).then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) draft));
        unitedStates.api().contentType(ContentType.JSON)
                .body(Map.of("basedOnVersion", 1, "content", Map.of("intentions", List.of("buy more"))))
                .post("/api/v1/drafts/" + draft + "/versions").then().statusCode(403);
    }

    /** negotiation-service's own token (client credentials), with the secret the base's Secret holds. */
    private static String serviceToken() {
        String secret = new KubernetesManifests(suite.root(), NEGOTIATION).secretValue("negotiation-service-oidc",
                "client-secret").orElseThrow();
        return suite.keycloak().clientToken("negotiation-service", secret);
    }

    /** The token with its signature's first bytes changed: what a forger who knows no key sends. */
    private static String forgedSignature(String token) {
        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature);
        return token.substring(0, signature) + (first == 'A' ? 'B' : 'A') + token.substring(signature + 1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> texts.add(item.asText()));
        } else if (!array.isMissingNode()) {
            texts.add(array.asText());
        }
        return texts;
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
