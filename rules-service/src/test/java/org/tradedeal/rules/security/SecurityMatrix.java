package org.tradedeal.rules.security;

import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The security matrix of a service, generated from its own OpenAPI document: every operation the document
 * lists is called with no token, an expired one, one with a bad signature, one for another audience, one
 * with the wrong roles and (for operations bound to a side) one of the other side, and each must be refused
 * (401, or 403 for the two last); with each role its table entry allows (and the right side) it must not be.
 * An operation missing from the table fails, so a new one cannot slip in unprotected; an entry the document
 * no longer lists fails too. Kept identical to the SecurityMatrix of the other two services but for its package.
 */
public final class SecurityMatrix {

    /** Who may call an operation: its roles and, when it is bound to a side, the side that is refused. */
    public record Entry(Set<String> roles, String refusedSide) {

        public static Entry allow(String... roles) {
            return new Entry(new LinkedHashSet<>(List.of(roles)), null);
        }

        /** The operation is bound to the caller's side: a caller of {@code side} with a right role is refused. */
        public Entry refusing(String side) {
            return new Entry(roles, side);
        }
    }

    /** One operation of the document. */
    public record Operation(String method, String path, String contentType) {
        String key() {
            return method + " " + path;
        }
    }

    /**
     * Where to call an operation: the path with its parameters filled in, the query, and the body (null: an empty
     * JSON object). A body the validation accepts lets a check that follows validation be reached.
     */
    public record Target(String path, String query, String body) {

        public Target(String path, String query) {
            this(path, query, null);
        }
    }

    private final String audience;
    private final Set<String> allRoles;
    private final Map<String, Entry> table;
    private final String side;
    private final Function<Operation, Target> fixture;

    /**
     * @param audience the audience the service checks
     * @param allRoles every realm role
     * @param table    "METHOD /path" (as the document writes it) to who may call it
     * @param side     the side of the callers allowed by the table (null where sides do not matter)
     * @param fixture  makes what an operation needs (for a caller of {@code side}) and says where to call it
     */
    public SecurityMatrix(String audience, Set<String> allRoles, Map<String, Entry> table, String side,
                          Function<Operation, Target> fixture) {
        this.audience = audience;
        this.allRoles = allRoles;
        this.table = table;
        this.side = side;
        this.fixture = fixture;
    }

    /** Every operation of the service's OpenAPI document. */
    public static List<Operation> operations() {
        Map<String, Map<String, Map<String, Object>>> paths = paths();
        List<Operation> operations = new ArrayList<>();
        new TreeMap<>(paths).forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                operations.add(new Operation(method.toUpperCase(), path, contentType(operation)));
            }
        }));
        return operations;
    }

    private static Map<String, Map<String, Map<String, Object>>> paths() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        return document.getMap("paths");
    }

    /** Every operation of the document tells its readers that it needs a token, and answers 401 and 403. */
    @SuppressWarnings("unchecked")
    public static void assertEveryOperationDeclaresItsSecurity() {
        paths().forEach((path, methods) -> methods.forEach((method, operation) -> {
            String key = method.toUpperCase() + " " + path;
            assertTrue(operation.get("security") instanceof List<?> list && !list.isEmpty(), key + " declares no security");
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), key + " documents no 401 and 403");
        }));
    }

    @SuppressWarnings("unchecked")
    private static String contentType(Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) body).get("content");
        return content == null || content.isEmpty() ? null : content.keySet().iterator().next();
    }

    /** Fails for operations of the document without an entry, and for entries the document does not list. */
    public void assertTableCoversTheDocument() {
        Set<String> documented = new TreeSet<>(operations().stream().map(Operation::key).toList());
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(documented);
        assertTrue(missing.isEmpty(), "Operations without an entry in the security matrix: " + missing);
        assertTrue(stale.isEmpty(), "Entries of the security matrix the OpenAPI document does not list: " + stale);
    }

    /** The matrix's cases, one dynamic test each. */
    public Stream<DynamicTest> cases() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Operation operation : operations()) {
            Entry entry = table.get(operation.key());
            if (entry == null) {
                cases.add(DynamicTest.dynamicTest(operation.key() + " has an entry",
                        () -> fail("No entry in the security matrix for " + operation.key())));
                continue;
            }
            String anyAllowed = entry.roles().iterator().next();
            cases.add(refused(operation, "no token", null, 401));
            cases.add(refused(operation, "expired token",
                    TestTokens.of("matrix", audience).roles(anyAllowed).side(side).expired().bearer(), 401));
            cases.add(refused(operation, "bad signature",
                    TestTokens.of("matrix", audience).roles(anyAllowed).side(side).signedByStranger().bearer(), 401));
            cases.add(refused(operation, "wrong audience",
                    TestTokens.of("matrix", "another-service").roles(anyAllowed).side(side).bearer(), 401));
            List<String> otherRoles = allRoles.stream().filter(role -> !entry.roles().contains(role)).toList();
            cases.add(refused(operation, "wrong role " + otherRoles,
                    TestTokens.of("matrix", audience).roles(otherRoles).side(side).bearer(), 403));
            if (entry.refusedSide() != null) {
                cases.add(refused(operation, "other side " + entry.refusedSide(),
                        TestTokens.of("matrix", audience).roles(List.copyOf(entry.roles())).side(entry.refusedSide())
                                .bearer(), 403));
            }
            for (String role : entry.roles()) {
                cases.add(DynamicTest.dynamicTest(operation.key() + " as " + role + " is served", () -> {
                    int status = call(operation, TestTokens.of("matrix-" + role, audience).roles(role).side(side)
                            .bearer()).statusCode();
                    assertTrue(status != 401 && status != 403,
                            operation.key() + " as " + role + " answered " + status);
                }));
            }
        }
        return cases.stream();
    }

    private DynamicTest refused(Operation operation, String what, String authorization, int expected) {
        return DynamicTest.dynamicTest(operation.key() + " with " + what + " is refused",
                () -> assertEquals(expected, call(operation, authorization).statusCode(),
                        operation.key() + " with " + what));
    }

    private Response call(Operation operation, String authorization) {
        Target target = fixture.apply(operation);
        RequestSpecification request = given().redirects().follow(false);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (operation.contentType() != null) {
            request.contentType(operation.contentType())
                    .body(target.body() != null ? target.body() : operation.contentType().contains("json") ? "{}" : "");
        }
        String uri = target.path() + (target.query() == null ? "" : "?" + target.query());
        return request.when().request(Method.valueOf(operation.method()), uri);
    }
}
