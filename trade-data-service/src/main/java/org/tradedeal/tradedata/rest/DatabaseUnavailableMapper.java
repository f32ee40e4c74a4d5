package org.tradedeal.tradedata.rest;

import org.tradedeal.tradedata.problem.ProblemTypes;
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
 * 500, since asking again shortly will work (a write whose commit the outage cut may have been stored: an
 * Idempotency-Key makes its retry safe). Any other database error stays a 500.
 * Readiness reports the database DOWN meanwhile and UP once it is back, without a restart. Failures that
 * arrive wrapped (at transaction begin or commit, through interceptors) get the same answer from
 * {@link WrappedDatabaseFailureMapper}. Kept identical
 * to negotiation-service/src/main/java/org/tradedeal/negotiation/rest/DatabaseUnavailableMapper.java (bar the
 * package name).
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<JDBCException> {

    static final URI TYPE = ProblemTypes.DATABASE_UNAVAILABLE;
    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(JDBCException exception) {
        return answer(exception);
    }

    /** 503 with Retry-After when the failure, or any cause under it, is an outage; any other failure a 500. */
    static Response answer(Throwable exception) {
        if (!isOutage(exception)) {
            Log.error("Request failed", exception);
            return HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                    .withTitle("Internal Server Error").build().toResponse();
        }
        return unavailable(exception);
    }

    /** The 503 problem with Retry-After. */
    static Response unavailable(Throwable exception) {
        Log.warnf("The database cannot be reached: %s", chain(exception));
        return HttpProblem.builder().withType(TYPE).withTitle("Database unavailable")
                .withStatus(Response.Status.SERVICE_UNAVAILABLE).withHeader("Retry-After", RETRY_AFTER_SECONDS)
                .withDetail("The database cannot be reached just now. Retry in a few seconds, with the same Idempotency-Key for a write: a write whose commit the outage interrupted may have been stored, and the key keeps it from being applied twice.")
                .build().toResponse();
    }

    /** What wrapped what, and the innermost message: which path met the outage, and what it met. */
    private static String chain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null && chain.length() < 1_000; cause = cause.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName());
            innermost = cause;
            if (cause.getCause() == cause) {
                break;
            }
        }
        return chain + ": " + innermost.getMessage();
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
