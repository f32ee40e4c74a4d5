package org.tradedeal.tradedata.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The CSV import of trade flows. */
@ConfigMapping(prefix = "flow-import")
public interface FlowImportConfig {

    /** Rows sent to PostgreSQL per JDBC batch. */
    @WithDefault("1000")
    int batchSize();

    /**
     * Most bad rows listed in a rejection (the count of bad rows is always complete). Bounds the memory a
     * file full of errors can take.
     */
    @WithDefault("100000")
    int maxReportedErrors();

    /** Transaction timeout of one import, in seconds. */
    @WithDefault("600")
    int transactionTimeout();
}
