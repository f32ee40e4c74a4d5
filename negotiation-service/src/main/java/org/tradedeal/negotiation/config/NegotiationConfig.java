package org.tradedeal.negotiation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
        @WithDefault("10s")
        Duration pollInterval();

        /** How many waiting requests one worker run takes. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a request being scored is reserved for the one that took it; after that (a crash) the
         * worker takes it again.
         */
        @WithDefault("60s")
        Duration lease();

        /** The wait before the first retry; it doubles with each failed attempt ... */
        @WithDefault("5s")
        Duration initialBackoff();

        /** ... up to this. */
        @WithDefault("5m")
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
