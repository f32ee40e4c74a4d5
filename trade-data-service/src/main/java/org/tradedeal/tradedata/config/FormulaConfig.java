package org.tradedeal.tradedata.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** Defaults of the reciprocal-tariff formula, used when a request does not give its own. */
@ConfigMapping(prefix = "formula")
public interface FormulaConfig {

    /** Elasticity of import demand (USTR: 4). */
    @WithDefault("4")
    BigDecimal defaultEpsilon();

    /** Pass-through of tariffs to import prices (USTR: 0.25; AEI argues about 0.945). */
    @WithDefault("0.25")
    BigDecimal defaultPhi();
}
