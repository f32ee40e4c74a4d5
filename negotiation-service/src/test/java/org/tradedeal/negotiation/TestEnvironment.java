package org.tradedeal.negotiation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.tradedeal.localpostgres.testing.PostgresTestResource;
import org.tradedeal.negotiation.support.DownstreamStubs;

/**
 * Every {@code @QuarkusTest} of this module runs against a real PostgreSQL database of its own, and
 * against one WireMock server standing in for trade-data-service and rules-service.
 */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "negotiation_test"))
@QuarkusTestResource(DownstreamStubs.class)
public final class TestEnvironment {
    private TestEnvironment() {
    }
}
