package org.tradedeal.tradedata.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.Partner;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerService {

    public List<Partner> listAll() {
        return Partner.listAll(Sort.by("isoCode"));
    }

    public Optional<Partner> find(String isoCode) {
        return Partner.findByIdOptional(isoCode.toUpperCase());
    }
}
