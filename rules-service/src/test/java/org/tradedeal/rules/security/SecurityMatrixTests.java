package org.tradedeal.rules.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradedeal.rules.security.SecurityMatrix.Entry.allow;

/** rules-service answers only the service role: no person scores a draft here, nobody forges a baseline. */
@QuarkusTest
class SecurityMatrixTests {

    private static final Map<String, SecurityMatrix.Entry> TABLE = Map.of(
            "POST /api/v1/evaluations", allow(Roles.SERVICE),
            "POST /api/v1/evaluations/batch", allow(Roles.SERVICE),
            "GET /api/v1/rules", allow(Roles.SERVICE));

    private final SecurityMatrix matrix = new SecurityMatrix("rules-service",
            Set.of(Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE), TABLE, null,
            operation -> new SecurityMatrix.Target(operation.path(), null));

    @Test
    void everyOperationOfTheOpenApiDocumentHasAnEntry() {
        matrix.assertTableCoversTheDocument();
    }

    @Test
    void everyOperationDeclaresItsSecurityInTheDocument() {
        SecurityMatrix.assertEveryOperationDeclaresItsSecurity();
    }

    /** The benchmark echo is hidden from the document (it answers 404 unless enabled), so the matrix cannot see it. */
    @Test
    void theHiddenEchoRefusesWhoMayNotCallItAsTheMatrixWould() {
        given().contentType("application/json").body("{}").when().post("/api/v1/echo").then().statusCode(401);
        given().header("Authorization", TestTokens.of("matrix", "rules-service")
                        .roles(List.of(Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN)).bearer())
                .contentType("application/json").body("{}").when().post("/api/v1/echo").then().statusCode(403);
        int status = given().header("Authorization", TestTokens.of("matrix-service", "rules-service")
                        .roles(Roles.SERVICE).bearer())
                .contentType("application/json").body("{}").when().post("/api/v1/echo").then().extract().statusCode();
        assertTrue(status != 401 && status != 403, "the echo as service answered " + status);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesWhoMayNotCallIt() {
        return matrix.cases();
    }
}
