package org.tradedeal.tradedata.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of computed baselines (service.BaselineService). */
@ConfigMapping(prefix = "baseline-cache")
public interface BaselineCacheConfig {

    /**
     * Baselines kept at most (about 50 KB each); the least used go first. Answers of an older data
     * generation are never served again and age out the same way.
     */
    @WithDefault("256")
    long maximumSize();
}
