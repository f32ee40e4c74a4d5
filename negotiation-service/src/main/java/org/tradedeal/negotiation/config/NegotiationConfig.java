package org.tradedeal.negotiation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** Typed settings of negotiation-service; defaults here, overrides in application.properties or the environment. */
@ConfigMapping(prefix = "negotiation")
public interface NegotiationConfig {

    Scoring scoring();

    Roadmap roadmap();

    /** How drafts that could not be scored at once are scored later. */
    interface Scoring {

        /**
         * How often the scoring worker looks for waiting drafts. Read by the scheduler from the property
         * {@code negotiation.scoring.poll-interval}; listed here so it is documented with the rest.
         */
        @WithDefault("2s")
        Duration pollInterval();

        /**
         * How many waiting requests the worker claims at a time; while it finds a full batch it claims the
         * next one at once instead of waiting for the next poll, so a backlog drains without pauses.
         */
        @WithDefault("50")
        int batchSize();

        /** How many requests the worker scores at the same time (each is one call to each downstream). */
        @WithDefault("8")
        int parallelism();

        /**
         * How many versions a re-scoring of a whole negotiation sends to rules-service in one batch call
         * ({@code POST /api/v1/evaluations/batch}, which takes at most 1,000); each chunk's evaluations are
         * stored in one transaction.
         */
        @WithDefault("100")
        @Min(1)
        @Max(1000)
        int rescoreChunkSize();

        /**
         * How many attempts at one request may fail on the request itself (a downstream's 500 for it, not
         * an outage) before it is marked failed and its version SCORING_FAILED.
         */
        @WithDefault("3")
        int maxRequestFailures();

        /**
         * How long a request being scored is reserved for the one that took it; after that (a crash) the
         * worker takes it again.
         */
        @WithDefault("60s")
        Duration lease();

        /** The wait before the first retry; it doubles with each failed attempt ... */
        @WithDefault("2s")
        Duration initialBackoff();

        /**
         * ... up to this. It bounds how long a waiting request may sit after its downstream is back, so it
         * is short: an open circuit breaker, not the backoff, spares a downstream that is down.
         */
        @WithDefault("30s")
        Duration maxBackoff();

        /**
         * How often the backlog metrics (waiting requests, age of the oldest) are read from the database.
         * Read by the scheduler from the property {@code negotiation.scoring.backlog-refresh}.
         */
        @WithDefault("15s")
        Duration backlogRefresh();
    }

    interface Roadmap {

        /** The window, in days, for "due soon" when the caller does not give one. */
        @WithDefault("30")
        int dueWithinDays();
    }
}
