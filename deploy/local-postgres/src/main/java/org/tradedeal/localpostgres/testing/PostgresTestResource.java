package org.tradedeal.localpostgres.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.tradedeal.localpostgres.LocalPostgres;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database: on the server named by PGHOST/PGPORT
 * (127.0.0.1:5432 by default) when it answers, else on a throw-away embedded server. The database named
 * by the {@code database} init argument (see {@link LocalPostgres#testDatabaseName}) is created when missing.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";
    private LocalPostgres postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        database = LocalPostgres.testDatabaseName(initArgs.getOrDefault("database", database));
    }

    @Override
    public Map<String, String> start() {
        postgres = LocalPostgres.connectOrStart(LocalPostgres.Settings.fromEnvironment(),
                LocalPostgres.Fallback.ephemeral());
        postgres.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
