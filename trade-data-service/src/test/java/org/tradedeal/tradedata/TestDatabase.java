package org.tradedeal.tradedata;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.tradedeal.localpostgres.testing.PostgresTestResource;

/** Every {@code @QuarkusTest} of this module runs against a real PostgreSQL database of its own. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "trade_data_test"))
public final class TestDatabase {
    private TestDatabase() {
    }
}
