package org.tradedeal.tradedata.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * A lost database rarely arrives as a bare {@link org.hibernate.JDBCException}: a flush at commit fails inside
 * Narayana ({@link RollbackException}, heuristic outcomes), the transaction cannot begin or end
 * ({@link TransactionalException}, {@link SystemException}), Hibernate wraps it ({@link PersistenceException} and its
 * non-JDBC subtypes), {@code QuarkusTransaction} wraps it, ArC wraps a checked one
 * ({@link ArcUndeclaredThrowableException}), or raw JDBC code lets an {@link SQLException} out. Each is walked down its
 * causes: an outage anywhere under it is a 503 with Retry-After, anything else stays the 500 it was. A commit that
 * the connection breaks under ends in Narayana's {@link RollbackException} with no cause at all (the
 * {@code XAException} is only logged), so a transaction that failed to end is a 503 too when the database cannot
 * be reached just then. More specific
 * mappers ({@link org.hibernate.JDBCException}, {@link jakarta.persistence.OptimisticLockException}, the problems the
 * code throws) still win for their own types. Kept identical to
 * negotiation-service/src/main/java/org/tradedeal/negotiation/rest/WrappedDatabaseFailureMapper.java (bar the package name).
 */
@Singleton
public class WrappedDatabaseFailureMapper {

    private static final int PROBE_TIMEOUT_SECONDS = 2;

    private final BooleanSupplier databaseReachable;

    @Inject
    public WrappedDatabaseFailureMapper(AgroalDataSource dataSource) {
        this(() -> reachable(dataSource));
    }

    WrappedDatabaseFailureMapper(BooleanSupplier databaseReachable) {
        this.databaseReachable = databaseReachable;
    }

    @ServerExceptionMapper({RollbackException.class, HeuristicMixedException.class, HeuristicRollbackException.class,
            SystemException.class, TransactionalException.class, PersistenceException.class,
            QuarkusTransactionException.class, ArcUndeclaredThrowableException.class, SQLException.class})
    public Response toResponse(Exception exception) {
        if (!DatabaseUnavailableMapper.isOutage(exception) && endedNoTransaction(exception)
                && !databaseReachable.getAsBoolean()) {
            return DatabaseUnavailableMapper.unavailable(exception);
        }
        return DatabaseUnavailableMapper.answer(exception);
    }

    /** The transaction manager could not end (or begin) the transaction: the database may have gone under it. */
    private static boolean endedNoTransaction(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RollbackException || cause instanceof HeuristicMixedException
                    || cause instanceof HeuristicRollbackException || cause instanceof SystemException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean reachable(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
