package org.tradedeal.negotiation.rest;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * A lost database rarely arrives as a bare {@link org.hibernate.JDBCException}: a flush at commit fails inside
 * Narayana ({@link RollbackException}, heuristic outcomes), the transaction cannot begin or end
 * ({@link TransactionalException}, {@link SystemException}), Hibernate wraps it ({@link PersistenceException} and its
 * non-JDBC subtypes), {@code QuarkusTransaction} wraps it, ArC wraps a checked one
 * ({@link ArcUndeclaredThrowableException}), or raw JDBC code lets an {@link SQLException} out. Each is walked down its
 * causes: an outage anywhere under it is a 503 with Retry-After, anything else stays the 500 it was. More specific
 * mappers ({@link org.hibernate.JDBCException}, {@link jakarta.persistence.OptimisticLockException}, the problems the
 * code throws) still win for their own types. Kept identical to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/rest/WrappedDatabaseFailureMapper.java (bar the package name).
 */
public class WrappedDatabaseFailureMapper {

    @ServerExceptionMapper({RollbackException.class, HeuristicMixedException.class, HeuristicRollbackException.class,
            SystemException.class, TransactionalException.class, PersistenceException.class,
            QuarkusTransactionException.class, ArcUndeclaredThrowableException.class, SQLException.class})
    public Response toResponse(Exception exception) {
        return DatabaseUnavailableMapper.answer(exception);
    }
}
