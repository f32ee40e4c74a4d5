package org.tradedeal.tradedata.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.HsProduct;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names of HS products, for answers that list products. The table is reference data written only by the
 * Flyway migrations, which run before the service answers: it is read once, on first use, and shared by
 * every request after that (a change made by hand needs a restart to show).
 */
@ApplicationScoped
public class HsProductService {

    private volatile Map<String, String> descriptions;

    /** All known names by HS code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> descriptions() {
        Map<String, String> names = descriptions;
        if (names == null) { // two first requests at once both read the table: harmless, same result
            List<HsProduct> products = HsProduct.listAll();
            names = products.stream().collect(Collectors.toUnmodifiableMap(p -> p.hsCode, p -> p.description));
            descriptions = names;
        }
        return names;
    }
}
