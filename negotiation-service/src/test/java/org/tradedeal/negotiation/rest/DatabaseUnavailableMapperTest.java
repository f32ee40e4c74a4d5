package org.tradedeal.negotiation.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import org.hibernate.JDBCException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A database that cannot be reached is a 503 with Retry-After; any other database error stays a 500.
 * <p>
 * A deliberate copy: kept identical to
 * trade-data-service/src/test/java/org/tradedeal/tradedata/rest/DatabaseUnavailableMapperTest.java (only the package differs).
 */
class DatabaseUnavailableMapperTest {

    private final DatabaseUnavailableMapper mapper = new DatabaseUnavailableMapper();

    @Test
    void aRefusedConnectionIsServiceUnavailableWithRetryAfter() {
        Response response = mapper.toResponse(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));

        assertThat(response.getStatus(), equalTo(503));
        assertThat(response.getHeaderString("Retry-After"), equalTo("5"));
        assertThat(((HttpProblem) response.getEntity()).getType().toString(),
                equalTo("urn:tradedeal:problem:database-unavailable"));
    }

    @Test
    void aPoolThatCannotOpenAConnectionInTimeIsServiceUnavailable() {
        JDBCException timeout = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"));

        assertThat(mapper.toResponse(timeout).getStatus(), equalTo(503));
    }

    @Test
    void anAdministratorsShutdownOfTheServerIsServiceUnavailable() {
        JDBCException shutdown = new GenericJDBCException("could not execute statement",
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(mapper.toResponse(shutdown).getStatus(), equalTo(503));
    }

    @Test
    void anyOtherDatabaseErrorStaysAnInternalError() {
        JDBCException duplicate = new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505"), "some_key");

        assertThat(mapper.toResponse(duplicate).getStatus(), equalTo(500));
    }
}
