package org.tradedeal.negotiation.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long Idempotency-Keys are kept. Kept in this package, not in {@code config}, so that the package is
 * whole in itself: trade-data-service holds a copy of it.
 * <p>
 * A deliberate copy: kept identical to
 * trade-data-service/src/main/java/org/tradedeal/tradedata/idempotency/IdempotencyConfig.java (only the package differs).
 */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /** A key and its answer are kept at least this long; a retry within it replays the answer. */
    @WithDefault("24h")
    Duration retention();

    /**
     * How often keys older than the retention are deleted. Read by the scheduler from the property
     * {@code idempotency.purge-interval}; listed here so it is documented with the rest.
     */
    @WithDefault("1h")
    Duration purgeInterval();

    /**
     * How long a key claimed outside a transaction (a submission) may stay without an answer before it is
     * taken to be abandoned (its request crashed) and may be claimed again.
     */
    @WithDefault("2m")
    Duration abandonedAfter();
}
