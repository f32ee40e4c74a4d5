package org.tradedeal.rules;

import java.math.BigDecimal;
import java.util.List;

/** Pure functions over the reporter's exports by product. */
public final class ProductExports {

    private ProductExports() {
    }

    public static BigDecimal total(List<ProductExport> exports) {
        return exports.stream().map(ProductExport::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
