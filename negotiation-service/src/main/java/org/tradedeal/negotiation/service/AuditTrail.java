package org.tradedeal.negotiation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tradedeal.negotiation.AuditRecord;
import org.tradedeal.negotiation.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes one audit record per change, in the transaction of the change (MANDATORY: a change that rolls back
 * leaves no record, and a record is never written outside a change), and reads the trail back for admins.
 * Kept identical to trade-data-service/src/main/java/org/tradedeal/tradedata/service/AuditTrail.java but for the
 * caller (here the desk's and the API's {@code Caller}).
 */
@ApplicationScoped
public class AuditTrail {

    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    public AuditTrail(Caller caller, ObjectMapper json) {
        this.caller = caller;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @param before the entity's API view before the change (null for a creation)
     * @param after  its view after the change (null for a deletion)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditRecord record = new AuditRecord();
        record.at = Instant.now(clock);
        record.actor = caller.signedIn() ? caller.name() : "system";
        record.action = action;
        record.entityType = entityType;
        record.entityId = String.valueOf(entityId);
        record.beforeSha256 = sha256(before);
        record.afterSha256 = sha256(after);
        record.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> byEntity(String entityType, String entityId) {
        return AuditRecord.list("entityType = ?1 and entityId = ?2", Sort.by("at").and("id"), entityType, entityId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRecord> byActor(String actor) {
        return AuditRecord.list("actor", Sort.by("at").and("id"), actor);
    }

    private String sha256(Object state) {
        if (state == null) {
            return null;
        }
        try {
            byte[] bytes = json.writeValueAsString(state).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the state of an audited change", e);
        }
    }
}
