package org.tradedeal.negotiation.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.negotiation.problem.StaleVersion;

/**
 * Two writers changed the same row at once: the loser gets a 409 stale-version and re-reads, never a 500. The one
 * way of the suite: a service flushes where a concurrent change can occur, and this mapper answers it.
 * <p>
 * A deliberate copy: kept identical to trade-data-service/src/main/java/org/tradedeal/tradedata/rest/OptimisticLockMapper.java
 * (only the package differs).
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        String what = exception.getEntity() == null ? "The resource" : exception.getEntity().getClass().getSimpleName();
        return StaleVersion.concurrent(what).toResponse();
    }
}
