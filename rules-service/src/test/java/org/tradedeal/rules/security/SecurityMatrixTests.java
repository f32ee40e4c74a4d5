package org.tradedeal.rules.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.tradedeal.rules.security.SecurityMatrix.Entry.allow;

/** rules-service answers only the service role: no person scores a draft here, nobody forges a baseline. */
@QuarkusTest
class SecurityMatrixTests {

    private static final Map<String, SecurityMatrix.Entry> TABLE = Map.of(
            "POST /api/v1/evaluations", allow(Roles.SERVICE),
            "POST /api/v1/evaluations/batch", allow(Roles.SERVICE),
            "GET /api/v1/rules", allow(Roles.SERVICE),
            "POST /api/v1/echo", allow(Roles.SERVICE));

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

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesWhoMayNotCallIt() {
        return matrix.cases();
    }
}
