package org.tradedeal.negotiation.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database cannot be reached (stopped, restarting, the network cut): a 503 with Retry-After, never a
 * 500, since asking again shortly will work and nothing was written. Any other database error stays a 500.
 * Readiness reports the database DOWN meanwhile and UP once it is back, without a restart. Kept identical
 * to trade-data-service/src/main/java/org/tradedeal/tradedata/rest/DatabaseUnavailableMapper.java (bar the
 * package name).
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<JDBCException> {

    static final URI TYPE = URI.create("urn:tradedeal:problem:database-unavailable");
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(JDBCException exception) {
        if (!isOutage(exception)) {
            Log.error("Database error", exception);
            return HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                    .withTitle("Internal Server Error").build().toResponse();
        }
        Log.warnf("The database cannot be reached: %s", exception.getMessage());
        return HttpProblem.builder().withType(TYPE).withTitle("Database unavailable")
                .withStatus(Response.Status.SERVICE_UNAVAILABLE).withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .withDetail("The database cannot be reached just now; nothing was changed. Retry in a few seconds.")
                .build().toResponse();
    }

    /**
     * A refused or broken connection (SQLState class 08), an administrator's shutdown (57P01..57P03), or no
     * connection from the pool in time (the pool cannot open one).
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (message != null && message.contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
