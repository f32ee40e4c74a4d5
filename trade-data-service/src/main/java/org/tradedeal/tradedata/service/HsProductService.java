package org.tradedeal.tradedata.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.HsProduct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of HS products, for answers that list products. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HsProductService {

    /** All known names by HS code (a small reference table). */
    public Map<String, String> descriptions() {
        Map<String, String> names = new HashMap<>();
        List<HsProduct> products = HsProduct.listAll();
        products.forEach(product -> names.put(product.hsCode, product.description));
        return names;
    }
}
