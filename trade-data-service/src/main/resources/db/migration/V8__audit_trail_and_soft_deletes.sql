-- Who changed what: one record per change, written in the change's own transaction, never changed or removed
-- (a trigger refuses UPDATE and DELETE). The entity's state before and after is kept as the SHA-256 of its JSON,
-- so a record proves what it saw without copying a negotiating position into the trail.
CREATE SEQUENCE audit_record_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_record (
    id            BIGINT       PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_id     VARCHAR(100) NOT NULL,
    before_sha256 CHAR(64),
    after_sha256  CHAR(64)
);
CREATE INDEX audit_record_entity_idx ON audit_record (entity_type, entity_id, at);
CREATE INDEX audit_record_actor_idx ON audit_record (actor, at);

CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();


-- Deleting a trade flow keeps its row: when and by whom it was deleted; reads leave deleted flows out.
ALTER TABLE trade_flow ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE, ADD COLUMN deleted_by VARCHAR(200);
