-- The roadmap of a negotiation: milestones with a due date and a status.
CREATE SEQUENCE milestone_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE milestone (
    id             BIGINT        PRIMARY KEY,
    negotiation_id BIGINT        NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
    kind           VARCHAR(30)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    due_date       DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    done_on        DATE,
    notes          VARCHAR(2000),
    version        BIGINT        NOT NULL,
    CHECK (status <> 'DONE' OR done_on IS NOT NULL)
);
CREATE INDEX milestone_negotiation_due_idx ON milestone (negotiation_id, due_date);

-- A proposal draft of one side; its content lives in immutable versions.
CREATE SEQUENCE proposal_draft_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE proposal_draft (
    id             BIGINT        PRIMARY KEY,
    negotiation_id BIGINT        NOT NULL REFERENCES negotiation (id) ON DELETE CASCADE,
    side           VARCHAR(2)    NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    latest_version INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX proposal_draft_negotiation_idx ON proposal_draft (negotiation_id);

-- One version of a draft. content (the commitments, as rules-service takes them) never changes once
-- written; only the status moves on.
CREATE SEQUENCE draft_version_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE draft_version (
    id                BIGINT        PRIMARY KEY,
    draft_id          BIGINT        NOT NULL REFERENCES proposal_draft (id) ON DELETE CASCADE,
    number            INTEGER       NOT NULL CHECK (number >= 1),
    author            VARCHAR(120)  NOT NULL,
    note              VARCHAR(1000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    content           JSONB         NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    UNIQUE (draft_id, number)
);

-- A request to score one version (on submission, or a re-score). It waits as PENDING while a
-- downstream is down; the scoring worker retries it with backoff. Each request yields at most one
-- evaluation (evaluation.scoring_request_id is unique), so a version is never scored twice by accident.
CREATE SEQUENCE scoring_request_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE scoring_request (
    id               BIGINT        PRIMARY KEY,
    draft_version_id BIGINT        NOT NULL REFERENCES draft_version (id) ON DELETE CASCADE,
    reason           VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
CREATE INDEX scoring_request_due_idx ON scoring_request (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX scoring_request_version_idx ON scoring_request (draft_version_id);

-- What rules-service answered for one scoring request, kept whole (result), with the figures the
-- dashboards sort and filter on pulled out, and what changed since the version's previous evaluation.
CREATE SEQUENCE evaluation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE evaluation (
    id                 BIGINT        PRIMARY KEY,
    draft_version_id   BIGINT        NOT NULL REFERENCES draft_version (id) ON DELETE CASCADE,
    scoring_request_id BIGINT        NOT NULL UNIQUE REFERENCES scoring_request (id) ON DELETE CASCADE,
    score              NUMERIC(6,2)  NOT NULL,
    verdict            VARCHAR(30)   NOT NULL,
    ruleset_name       VARCHAR(100)  NOT NULL,
    ruleset_version    VARCHAR(50)   NOT NULL,
    ruleset_hash       VARCHAR(100),
    data_vintage       VARCHAR(100)  NOT NULL,
    evaluated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    result             JSONB         NOT NULL,
    changes            JSONB
);
CREATE INDEX evaluation_version_idx ON evaluation (draft_version_id, evaluated_at);
