package org.tradedeal.negotiation.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.tradedeal.negotiation.security.Roles;
import org.tradedeal.negotiation.security.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The people of the security tests, each calling with a signed access token as the identity provider issues it. */
public enum Users {

    ADMIN("admin", null, Roles.ADMIN),
    PK_NEGOTIATOR("pk-negotiator", "PK", Roles.NEGOTIATOR),
    US_NEGOTIATOR("us-negotiator", "US", Roles.NEGOTIATOR),
    PK_ANALYST("pk-analyst", "PK", Roles.ANALYST),
    ANALYST_OF_NO_SIDE("analyst", null, Roles.ANALYST);

    private final String name;
    private final String side;
    private final String role;

    Users(String name, String side, String role) {
        this.name = name;
        this.side = side;
        this.role = role;
    }

    public String userName() {
        return name;
    }

    public String bearer() {
        return TestTokens.of(name, "negotiation-service").roles(role).side(side).bearer();
    }

    /** A request as this user. */
    public RequestSpecification call() {
        return given().header("Authorization", bearer());
    }

    /** A negotiation PK-US opened by the admin; its id. */
    public static long openNegotiation() {
        return ADMIN.call().contentType(ContentType.JSON).body(Map.of("title", "Secured talks", "ourSide", "PK",
                        "otherSide", "US", "targetRatePct", 19, "deadline", "2025-07-09", "baselineYear", 2024))
                .post("/api/v1/negotiations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A draft of this user's side with a first version buying cotton; its id. */
    public long createDraft(long negotiationId, String title) {
        return call().contentType(ContentType.JSON)
                .body(Map.of("title", title, "content", Api.content(List.of(Api.purchase("5201", 500_000_000L, 2025, 3)),
                        List.of(Api.removal("SPS-2")))))
                .post("/api/v1/negotiations/" + negotiationId + "/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
