package org.tradedeal.negotiation.service;

import io.quarkus.logging.Log;
import org.tradedeal.negotiation.client.DownstreamError;
import org.tradedeal.negotiation.client.DownstreamRejection;
import org.tradedeal.negotiation.problem.DownstreamUnavailable;
import org.tradedeal.negotiation.problem.ScoringImpossible;

import java.util.function.Supplier;

/**
 * A downstream call whose answer is needed now, not later (a preview, the figures of a page): unlike a
 * submission, nothing is stored to wait for it, so its failures become the caller's problem at once.
 */
final class Downstreams {

    private Downstreams() {
    }

    /**
     * @throws ScoringImpossible     the downstream refused (4xx) or failed on this one request (500): asking
     *                               again will not help
     * @throws DownstreamUnavailable it is down, slow or behind an open circuit breaker: asking later may
     */
    static <T> T now(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (DownstreamRejection rejection) {
            throw new ScoringImpossible(service + " refused: " + rejection.getMessage(), rejection.problem());
        } catch (DownstreamError error) {
            throw new ScoringImpossible(service + " failed on this request: " + error.getMessage(), null);
        } catch (RuntimeException unavailable) {
            Log.infof("%s did not answer a call that cannot wait: %s", service, unavailable.toString());
            throw new DownstreamUnavailable(service, unavailable.getClass().getSimpleName()
                    + (unavailable.getMessage() == null ? "" : ": " + unavailable.getMessage()));
        }
    }
}
