package org.tradedeal.negotiation.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.hibernate.TransactionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Whatever wraps a lost database (Narayana at commit, the transaction interceptor, Hibernate, QuarkusTransaction,
 * ArC) the answer is 503 with Retry-After; whatever wraps any other failure it stays a 500.
 * <p>
 * A deliberate copy: kept identical to
 * trade-data-service/src/test/java/org/tradedeal/tradedata/rest/WrappedDatabaseFailureMapperTest.java (only the package differs).
 */
class WrappedDatabaseFailureMapperTest {

    private final WrappedDatabaseFailureMapper mapper = new WrappedDatabaseFailureMapper(() -> true);

    private static SQLException refused() {
        return new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    }

    private static JDBCConnectionException connectionLost() {
        return new JDBCConnectionException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend", "08006"));
    }

    private static <T extends Throwable> T causedBy(T wrapper, Throwable cause) {
        wrapper.initCause(cause);
        return wrapper;
    }

    private void assertUnavailable(Exception wrapped) {
        Response response = mapper.toResponse(wrapped);
        assertThat(response.getStatus(), equalTo(503));
        assertThat(response.getHeaderString("Retry-After"), equalTo("5"));
        assertThat(((HttpProblem) response.getEntity()).getType().toString(),
                equalTo("urn:tradedeal:problem:database-unavailable"));
    }

    @Test
    void aFlushThatLosesTheConnectionAtCommitIsServiceUnavailable() {
        assertUnavailable(causedBy(new RollbackException("ARJUNA016053: Could not commit transaction."), connectionLost()));
    }

    @Test
    void aCommitThatCannotReachTheDatabaseWithAHeuristicOutcomeIsServiceUnavailable() {
        assertUnavailable(causedBy(new HeuristicMixedException("commit failed"), refused()));
    }

    @Test
    void aTransactionThatCannotBeginIsServiceUnavailable() {
        assertUnavailable(new TransactionalException("ARJUNA016051: could not begin",
                causedBy(new SystemException("begin failed"), new SQLTransientConnectionException(
                        "Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aPersistenceExceptionOverALostConnectionIsServiceUnavailable() {
        assertUnavailable(new PersistenceException("Converting `org.hibernate.exception.JDBCConnectionException`",
                connectionLost()));
    }

    @Test
    void hibernatesCommitFailureOverAnAdministratorsShutdownIsServiceUnavailable() {
        assertUnavailable(new TransactionException("Unable to commit against JDBC Connection",
                new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void quarkusTransactionsWrapperOverAPoolTimeoutIsServiceUnavailable() {
        assertUnavailable(new QuarkusTransactionException(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"))));
    }

    @Test
    void aCheckedCommitFailureThatArcWrapsIsServiceUnavailable() {
        assertUnavailable(new ArcUndeclaredThrowableException(
                causedBy(new RollbackException("ARJUNA016053: Could not commit transaction."), connectionLost())));
    }

    @Test
    void aCommitThatFailedWithoutACauseWhileTheDatabaseCannotBeReachedIsServiceUnavailable() {
        // Narayana logs the XAException of a broken one-phase commit and throws a RollbackException without cause.
        Response response = new WrappedDatabaseFailureMapper(() -> false).toResponse(new ArcUndeclaredThrowableException(
                new RollbackException("ARJUNA016053: Could not commit transaction.")));

        assertThat(response.getStatus(), equalTo(503));
        assertThat(response.getHeaderString("Retry-After"), equalTo("5"));
    }

    @Test
    void aCommitThatFailedWithoutACauseWhileTheDatabaseAnswersStaysAnInternalError() {
        assertThat(mapper.toResponse(new RollbackException("ARJUNA016053: Could not commit transaction.")).getStatus(),
                equalTo(500));
    }

    @Test
    void aFailureOutsideTheTransactionManagerIsNotBlamedOnTheDatabaseEvenWhenItIsAway() {
        assertThat(new WrappedDatabaseFailureMapper(() -> false)
                .toResponse(new PersistenceException("detached entity passed to persist")).getStatus(), equalTo(500));
    }

    @Test
    void aRawJdbcFailureOfARefusedConnectionIsServiceUnavailable() {
        assertUnavailable(refused());
    }

    @Test
    void aRollbackOverAnyOtherDatabaseErrorStaysAnInternalError() {
        RollbackException duplicate = causedBy(new RollbackException("ARJUNA016053: Could not commit transaction."),
                new ConstraintViolationException("duplicate key",
                        new SQLException("duplicate key value violates unique constraint", "23505"), "some_key"));

        assertThat(mapper.toResponse(duplicate).getStatus(), equalTo(500));
    }

    @Test
    void wrappersOverFailuresThatAreNotOutagesStayInternalErrors() {
        assertThat(mapper.toResponse(new ArcUndeclaredThrowableException(new Exception("a bug"))).getStatus(),
                equalTo(500));
        assertThat(mapper.toResponse(new TransactionalException("not in a transaction", null)).getStatus(),
                equalTo(500));
        assertThat(mapper.toResponse(new PersistenceException("detached entity passed to persist")).getStatus(),
                equalTo(500));
        assertThat(mapper.toResponse(causedBy(new RollbackException("rolled back"), new OptimisticLockException()))
                .getStatus(), equalTo(500));
        assertThat(mapper.toResponse(new SQLException("syntax error", "42601")).getStatus(), equalTo(500));
    }
}
