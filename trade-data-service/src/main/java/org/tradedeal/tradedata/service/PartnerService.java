package org.tradedeal.tradedata.service;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.mapping.PartnerMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tradedeal.tradedata.problem.AlreadyExists;
import org.tradedeal.tradedata.problem.FieldViolation;
import org.tradedeal.tradedata.problem.InvalidFields;
import org.tradedeal.tradedata.Partner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartnerService {

    private final AuditTrail audit;
    private final PartnerMapper mapper;

    public PartnerService(AuditTrail audit, PartnerMapper mapper) {
        this.audit = audit;
        this.mapper = mapper;
    }

    public List<Partner> listAll() {
        return Partner.listAll(Sort.by("isoCode"));
    }

    public Optional<Partner> find(String isoCode) {
        return Partner.findByIdOptional(isoCode.toUpperCase());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public Partner create(@NotNull @Valid Partner partner) {
        if (Partner.findByIdOptional(partner.isoCode).isPresent()) {
            throw new AlreadyExists("A partner with ISO code " + partner.isoCode + " exists already.");
        }
        if (partner.censusCode != null && Partner.count("censusCode", partner.censusCode) > 0) {
            throw new AlreadyExists("Census code " + partner.censusCode + " belongs to another partner.");
        }
        try {
            // Flushed here, not at commit: a concurrent create of the same code waits on the unique key and then
            // fails in this method, where it is the same 409 as above (at commit it could only be a 500).
            partner.persistAndFlush();
        } catch (org.hibernate.exception.ConstraintViolationException taken) {
            throw new AlreadyExists("A partner with ISO code " + partner.isoCode + " (or its Census code) was created"
                    + " by a concurrent request.");
        }
        audit.record("CREATED", "Partner", partner.isoCode, null, mapper.toView(partner));
        Log.debugf("Created partner %s (%s)", partner.isoCode, partner.name);
        return partner;
    }

    /** Every code a source may use for a partner (ISO code and Census code), to its ISO code. */
    public Map<String, String> codeIndex() {
        Map<String, String> index = new HashMap<>();
        for (Partner partner : listAll()) {
            index.put(partner.isoCode, partner.isoCode);
            if (partner.censusCode != null) {
                index.put(partner.censusCode, partner.isoCode);
            }
        }
        return index;
    }

    /** Fails with 400 naming each field whose partner code the service does not know. */
    public void requireKnown(String in, String... fieldsAndCodes) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < fieldsAndCodes.length; i += 2) {
            String code = fieldsAndCodes[i + 1];
            if (code != null && Partner.findByIdOptional(code).isEmpty()) {
                violations.add(new FieldViolation(fieldsAndCodes[i], in, "unknown partner code " + code));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidFields(violations);
        }
    }
}
