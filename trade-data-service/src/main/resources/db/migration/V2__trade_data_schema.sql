-- Trade flows, their import batches, tariff measures and the non-tariff-barrier catalogue.
-- Ids come from sequences that step by 50 (Hibernate's pooled optimizer); SQL seeds and the bulk CSV
-- import take ids with nextval(), which never collides with a block Hibernate holds.

-- Short names of HS products (chapters, headings, subheadings) so answers can say what a code is.
CREATE TABLE hs_product (
    hs_code     VARCHAR(6)   PRIMARY KEY CHECK (hs_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
    description VARCHAR(200) NOT NULL
);

-- One upload (or one seed file) of trade flows: a data source in one release (vintage).
-- A re-import of the same source and vintage replaces the flows of the earlier batch, which stays
-- as history with replaced_by set.
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_batch (
    id          BIGINT       PRIMARY KEY,
    source      VARCHAR(300) NOT NULL,
    vintage     VARCHAR(100) NOT NULL,
    file_name   VARCHAR(255),
    row_count   INTEGER      NOT NULL CHECK (row_count >= 0),
    imported_at TIMESTAMPTZ  NOT NULL,
    replaced_by BIGINT       REFERENCES import_batch (id) DEFERRABLE INITIALLY DEFERRED,
    replaced_at TIMESTAMPTZ,
    version     BIGINT       NOT NULL DEFAULT 0
);
-- At most one current batch per source and vintage.
CREATE UNIQUE INDEX import_batch_current_uk ON import_batch (source, vintage) WHERE replaced_by IS NULL;

-- One figure of one ledger: the reporter's goods imports from / exports to the partner in one period,
-- in total or for one HS product. The reporter's own statistics are its ledger; the other side's
-- statistics about the same trade are the mirror ledger, and the two never mix in one calculation.
CREATE SEQUENCE trade_flow_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE trade_flow (
    id                  BIGINT       PRIMARY KEY DEFAULT nextval('trade_flow_seq'),
    reporter            VARCHAR(2)   NOT NULL REFERENCES partner (iso_code),
    partner             VARCHAR(2)   NOT NULL REFERENCES partner (iso_code),
    -- the period as the source labels it: '2024' (calendar year) or 'FY2024-25' (fiscal year)
    period              VARCHAR(10)  NOT NULL,
    period_basis        VARCHAR(13)  NOT NULL CHECK (period_basis IN ('CALENDAR_YEAR', 'FISCAL_YEAR')),
    -- the calendar year, or the year in which the fiscal year ends
    year                INTEGER      NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    direction           VARCHAR(6)   NOT NULL CHECK (direction IN ('IMPORT', 'EXPORT')),
    product_level       VARCHAR(5)   NOT NULL CHECK (product_level IN ('TOTAL', 'HS2', 'HS4', 'HS6')),
    hs_code             VARCHAR(6),
    value_usd           NUMERIC(18, 0) NOT NULL CHECK (value_usd >= 0),
    calculated_duty_usd NUMERIC(18, 0) CHECK (calculated_duty_usd >= 0),
    source              VARCHAR(300) NOT NULL,
    value_precision     VARCHAR(9)   NOT NULL CHECK (value_precision IN ('EXACT', 'DERIVED', 'ROUNDED', 'ESTIMATED')),
    precision_note      VARCHAR(200),
    -- for ROUNDED figures: the unit rounded to (100000000 for "rounded to 0.1 bn")
    rounding_unit_usd   NUMERIC(18, 0) CHECK (rounding_unit_usd > 0),
    vintage             VARCHAR(100) NOT NULL,
    import_batch_id     BIGINT       REFERENCES import_batch (id),
    -- the line of the imported file the row came from
    source_line         INTEGER,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT trade_flow_two_sides CHECK (reporter <> partner),
    CONSTRAINT trade_flow_product CHECK (
        (product_level = 'TOTAL' AND hs_code IS NULL)
        OR (product_level = 'HS2' AND hs_code ~ '^[0-9]{2}$')
        OR (product_level = 'HS4' AND hs_code ~ '^[0-9]{4}$')
        OR (product_level = 'HS6' AND hs_code ~ '^[0-9]{6}$')),
    CONSTRAINT trade_flow_period CHECK (
        (period_basis = 'CALENDAR_YEAR' AND period = year::text)
        OR (period_basis = 'FISCAL_YEAR' AND period ~ '^FY[0-9]{4}-[0-9]{2}$'))
);
CREATE INDEX trade_flow_ledger_ix ON trade_flow (reporter, partner, year, direction);
CREATE INDEX trade_flow_batch_ix ON trade_flow (import_batch_id);

-- A tariff one side imposes on the other's goods, under a legal authority, with its validity and
-- its status history.
CREATE SEQUENCE tariff_measure_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE tariff_measure (
    id                  BIGINT        PRIMARY KEY,
    imposer             VARCHAR(2)    NOT NULL REFERENCES partner (iso_code),
    target              VARCHAR(2)    NOT NULL REFERENCES partner (iso_code),
    authority           VARCHAR(16)   NOT NULL CHECK (authority IN
                            ('IEEPA_RECIPROCAL', 'SECTION_122', 'SECTION_232', 'SECTION_301', 'MFN', 'OTHER')),
    rate_pct            NUMERIC(7, 3) NOT NULL CHECK (rate_pct >= 0),
    title               VARCHAR(300)  NOT NULL,
    legal_instrument    VARCHAR(200),
    status              VARCHAR(9)    NOT NULL CHECK (status IN ('ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'VOIDED')),
    announced_on        DATE,
    valid_from          DATE,
    valid_until         DATE,
    -- for rates computed with the reciprocal formula: the data year and the published "charged" %
    formula_data_year   INTEGER       CHECK (formula_data_year BETWEEN 1900 AND 2100),
    formula_charged_pct NUMERIC(7, 3),
    note                VARCHAR(1000),
    source              VARCHAR(300)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT tariff_measure_two_sides CHECK (imposer <> target),
    CONSTRAINT tariff_measure_validity CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX tariff_measure_pair_ix ON tariff_measure (imposer, target);

CREATE SEQUENCE tariff_measure_status_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE tariff_measure_status_change (
    id           BIGINT       PRIMARY KEY,
    measure_id   BIGINT       NOT NULL REFERENCES tariff_measure (id) ON DELETE CASCADE,
    from_status  VARCHAR(9)   CHECK (from_status IN ('ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'VOIDED')),
    status       VARCHAR(9)   NOT NULL CHECK (status IN ('ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'VOIDED')),
    effective_on DATE         NOT NULL,
    note         VARCHAR(500),
    recorded_at  TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX tariff_measure_status_change_ix ON tariff_measure_status_change (measure_id);

-- A non-tariff barrier one side imposes, as the other side has listed it, with its life cycle
-- LISTED -> OFFERED -> LEGISLATED -> REMOVAL_VERIFIED, the HS products it affects and, where a source
-- gives it, the trade it blocks.
CREATE SEQUENCE non_tariff_barrier_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE non_tariff_barrier (
    id                   BIGINT        PRIMARY KEY,
    code                 VARCHAR(20)   NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'),
    imposer              VARCHAR(2)    NOT NULL REFERENCES partner (iso_code),
    listed_by            VARCHAR(2)    NOT NULL REFERENCES partner (iso_code),
    -- UNCTAD MAST chapter A..P, or TARIFF / DIGITAL for items outside MAST
    mast_chapter         VARCHAR(7)    NOT NULL CHECK (mast_chapter ~ '^([A-P]|TARIFF|DIGITAL)$'),
    category             VARCHAR(40)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    source               VARCHAR(300)  NOT NULL,
    status               VARCHAR(16)   NOT NULL CHECK (status IN ('LISTED', 'OFFERED', 'LEGISLATED', 'REMOVAL_VERIFIED')),
    status_since         DATE,
    blocked_trade_usd    NUMERIC(18, 0) CHECK (blocked_trade_usd >= 0),
    blocked_trade_source VARCHAR(300),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT non_tariff_barrier_code_uk UNIQUE (imposer, code),
    CONSTRAINT non_tariff_barrier_two_sides CHECK (imposer <> listed_by),
    CONSTRAINT non_tariff_barrier_blocked_source CHECK (blocked_trade_usd IS NULL OR blocked_trade_source IS NOT NULL)
);

CREATE TABLE barrier_affected_product (
    barrier_id BIGINT     NOT NULL REFERENCES non_tariff_barrier (id) ON DELETE CASCADE,
    hs_code    VARCHAR(6) NOT NULL CHECK (hs_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6})$'),
    PRIMARY KEY (barrier_id, hs_code)
);
CREATE INDEX barrier_affected_product_code_ix ON barrier_affected_product (hs_code);

CREATE SEQUENCE barrier_status_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE barrier_status_change (
    id           BIGINT       PRIMARY KEY,
    barrier_id   BIGINT       NOT NULL REFERENCES non_tariff_barrier (id) ON DELETE CASCADE,
    from_status  VARCHAR(16)  CHECK (from_status IN ('LISTED', 'OFFERED', 'LEGISLATED', 'REMOVAL_VERIFIED')),
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('LISTED', 'OFFERED', 'LEGISLATED', 'REMOVAL_VERIFIED')),
    -- null only for the seed catalogue's initial listing, whose date the source does not give
    effective_on DATE,
    note         VARCHAR(500),
    recorded_at  TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX barrier_status_change_ix ON barrier_status_change (barrier_id);
