-- A negotiation between two partners (ISO 3166-1 alpha-2 codes): the side we negotiate for, and
-- the other side, whose tariff we want lowered to target_rate_pct by the deadline.
CREATE SEQUENCE negotiation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE negotiation (
    id              BIGINT       PRIMARY KEY,
    title           VARCHAR(200) NOT NULL,
    our_side        VARCHAR(2)   NOT NULL,
    other_side      VARCHAR(2)   NOT NULL,
    target_rate_pct NUMERIC(5,2) NOT NULL CHECK (target_rate_pct >= 0 AND target_rate_pct <= 100),
    deadline        DATE,
    baseline_year   INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CHECK (our_side <> other_side)
);
