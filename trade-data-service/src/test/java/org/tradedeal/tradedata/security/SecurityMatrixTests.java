package org.tradedeal.tradedata.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.tradedeal.tradedata.security.SecurityMatrix.Entry.allow;

/**
 * trade-data-service: every authenticated role reads (the formula's calculators included: they change
 * nothing), analysts and admins write. Calls that are served touch no seed data: ids that do not exist,
 * bodies the validation refuses.
 */
@QuarkusTest
class SecurityMatrixTests {

    private static final SecurityMatrix.Entry READ = allow(Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE);
    private static final SecurityMatrix.Entry WRITE = allow(Roles.ANALYST, Roles.ADMIN);

    private static final Map<String, SecurityMatrix.Entry> TABLE = Map.ofEntries(
            entry("GET /api/v1/audit-records/by-entity", allow(Roles.ADMIN)),
            entry("GET /api/v1/audit-records/by-actor", allow(Roles.ADMIN)),
            entry("GET /api/v1/barriers", READ),
            entry("POST /api/v1/barriers", WRITE),
            entry("GET /api/v1/barriers/{imposer}/{code}", READ),
            entry("GET /api/v1/barriers/{imposer}/{code}/status-changes", READ),
            entry("POST /api/v1/barriers/{imposer}/{code}/status-changes", WRITE),
            entry("GET /api/v1/barriers/{imposer}/{code}/status-changes/{changeId}", READ),
            entry("GET /api/v1/baselines", READ),
            entry("POST /api/v1/formula/reciprocal-rate", READ),
            entry("POST /api/v1/formula/reciprocal-rate/inverse", READ),
            entry("GET /api/v1/import-batches", READ),
            entry("POST /api/v1/import-batches", WRITE),
            entry("GET /api/v1/import-batches/{id}", READ),
            entry("GET /api/v1/partners", READ),
            entry("POST /api/v1/partners", WRITE),
            entry("GET /api/v1/partners/{isoCode}", READ),
            entry("GET /api/v1/reciprocal-rates", READ),
            entry("POST /api/v1/reciprocal-rates/inverse", READ),
            entry("POST /api/v1/reciprocal-rates/what-if", READ),
            entry("GET /api/v1/tariff-measures", READ),
            entry("POST /api/v1/tariff-measures", WRITE),
            entry("GET /api/v1/tariff-measures/{id}", READ),
            entry("GET /api/v1/tariff-measures/{id}/status-changes", READ),
            entry("POST /api/v1/tariff-measures/{id}/status-changes", WRITE),
            entry("GET /api/v1/tariff-measures/{id}/status-changes/{changeId}", READ),
            entry("GET /api/v1/trade-balances", READ),
            entry("GET /api/v1/trade-flows", READ),
            entry("POST /api/v1/trade-flows", WRITE),
            entry("GET /api/v1/trade-flows/{id}", READ),
            entry("DELETE /api/v1/trade-flows/{id}", WRITE));

    private final SecurityMatrix matrix = new SecurityMatrix("trade-data-service",
            Set.of(Roles.NEGOTIATOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE), TABLE, null,
            operation -> new SecurityMatrix.Target(operation.path()
                    .replace("{imposer}", "PK").replace("{code}", "NO-SUCH-BARRIER").replace("{isoCode}", "ZZ")
                    .replace("{changeId}", "999999999").replace("{id}", "999999999"), null));

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
