package org.tradedeal.negotiation.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tradedeal.negotiation.problem.StaleVersion;

/** Two writers changed the same row at once: the loser gets a 409 and re-reads, never a 500. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        String what = exception.getEntity() == null ? "The resource" : exception.getEntity().getClass().getSimpleName();
        return StaleVersion.concurrent(what).toResponse();
    }
}
