package org.tradedeal.tradedata;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write to the data behind a baseline moves the data generation (db migrations V9, V10) in the writer's own
 * transaction. Two writers that touch two of those tables in opposite order must queue on the generation, not
 * deadlock: the generation's lock is taken before each statement's row locks, so a writer waiting for it holds
 * none of them. With the lock taken after the statement (V9 alone), this exchange is a deadlock PostgreSQL ends
 * by aborting one of the two.
 */
@QuarkusTest
class DataGenerationLockOrderTests {

    @Test
    void twoWritersOfTwoBaselineTablesInOppositeOrderQueueInsteadOfDeadlocking() throws Exception {
        try (Connection first = open(); Connection second = open(); Connection observer = open()) {
            observer.setAutoCommit(true); // pg_stat_activity is read once per transaction: each look its own
            touch(first, "partner", "iso_code", "PK");

            int secondBackend = backendOf(second);
            CompletableFuture<Void> secondWrites = CompletableFuture.runAsync(() -> {
                touchUnchecked(second, "hs_product", "hs_code", firstHsCode(second));
                touchUnchecked(second, "partner", "iso_code", "PK");
            });
            awaitWaitingForALock(observer, secondBackend);

            // The first writer now writes what the second one wants next: it must not find it locked.
            assertDoesNotThrow(() -> touch(first, "hs_product", "hs_code", firstHsCode(first)));
            first.rollback();

            assertDoesNotThrow(() -> secondWrites.get(30, TimeUnit.SECONDS));
            second.rollback();
        }
    }

    private static Connection open() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '20s'"); // a regression fails the test, it does not hang it
        }
        return connection;
    }

    /** An update that changes nothing but is a write: it fires the statement triggers and locks the row. */
    private static void touch(Connection connection, String table, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + key + " = " + key + " WHERE " + key + " = ?")) {
            update.setString(1, value);
            assertTrue(update.executeUpdate() == 1, table + " " + value + " should exist");
        }
    }

    private static void touchUnchecked(Connection connection, String table, String key, String value) {
        try {
            touch(connection, table, key, value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstHsCode(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT min(hs_code) FROM hs_product")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int backendOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void awaitWaitingForALock(Connection observer, int backend) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        try (PreparedStatement waiting = observer.prepareStatement(
                "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?")) {
            waiting.setInt(1, backend);
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet row = waiting.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the second writer never waited for the data generation");
    }
}
