-- Idempotency-Keys of creating POSTs (package idempotency): the key, the SHA-256 of the request that first
-- used it and, once it answered successfully, that answer (status, Location, JSON body) to replay to a retry.
-- status is NULL while a submission that claimed its key outside the change's transaction is being answered.
-- Rows are deleted once older than idempotency.retention (24 h).
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(255) PRIMARY KEY,
    fingerprint     CHAR(64)     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          INTEGER,
    location        VARCHAR(2000),
    body            TEXT
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
