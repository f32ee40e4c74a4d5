-- The US tariff measures on Pakistani goods, from DOMAIN.md and pk-us-negotiation-timeline.csv.
-- Every rate keeps its legal authority, validity and status history. IEEPA measures end VOIDED: on
-- 2026-02-20 the Supreme Court held (Learning Resources v. Trump) that IEEPA does not authorise them.
-- valid_until is the day a measure stopped applying (replaced or voided).

-- 1. The 10% baseline reciprocal tariff on all partners, from 5 April 2025, until Pakistan's country rate
--    of 19% replaced it.
INSERT INTO tariff_measure (id, imposer, target, authority, rate_pct, title, legal_instrument, status, announced_on,
    valid_from, valid_until, formula_data_year, formula_charged_pct, note, source) VALUES
    (nextval('tariff_measure_seq'), 'US', 'PK', 'IEEPA_RECIPROCAL', 10,
     'Reciprocal tariff: 10% baseline on all trading partners',
     'Executive Order 14257 (2 April 2025)', 'VOIDED', DATE '2025-04-02', DATE '2025-04-05', DATE '2025-08-07',
     NULL, NULL,
     'Applied to Pakistani goods while the country rate was suspended; replaced by the 19% country rate from 2025-08-07.',
     'EO 14257; pk-us-negotiation-timeline.csv (2025-04-02: 10% baseline from 2025-04-05)');
INSERT INTO tariff_measure_status_change (id, measure_id, from_status, status, effective_on, note, recorded_at) VALUES
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), NULL, 'ANNOUNCED', DATE '2025-04-02',
     'announced with EO 14257', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'ANNOUNCED', 'IN_FORCE', DATE '2025-04-05',
     'baseline in force', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'IN_FORCE', 'VOIDED', DATE '2026-02-20',
     'Supreme Court: IEEPA does not authorise these tariffs (Learning Resources v. Trump)', TIMESTAMPTZ '2026-03-01 00:00:00+00');

-- 2. The 29% country rate of Annex I, computed with the USTR formula from 2024 data (published: tariffs
--    charged to the USA 58%, reciprocal rate 29%); in force 9 April 2025 and suspended the same day for
--    90 days (until 9 July 2025); replaced by 19% from 7 August 2025.
INSERT INTO tariff_measure (id, imposer, target, authority, rate_pct, title, legal_instrument, status, announced_on,
    valid_from, valid_until, formula_data_year, formula_charged_pct, note, source) VALUES
    (nextval('tariff_measure_seq'), 'US', 'PK', 'IEEPA_RECIPROCAL', 29,
     'Reciprocal tariff: country rate for Pakistan',
     'Executive Order 14257, Annex I (2 April 2025)', 'VOIDED', DATE '2025-04-02', DATE '2025-04-09', DATE '2025-08-07',
     2024, 58,
     'USTR formula on 2024 data: tariffs charged to the USA 58%, halved and rounded up to 29%. Country rates were suspended for 90 days from 2025-04-09 (until 2025-07-09), the 10% baseline applying meanwhile; replaced by 19% from 2025-08-07.',
     'EO 14257 Annex I; USTR reciprocal tariff calculation (2 April 2025); pk-us-negotiation-timeline.csv');
INSERT INTO tariff_measure_status_change (id, measure_id, from_status, status, effective_on, note, recorded_at) VALUES
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), NULL, 'ANNOUNCED', DATE '2025-04-02',
     'announced in EO 14257 Annex I', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'ANNOUNCED', 'IN_FORCE', DATE '2025-04-09',
     'country rate in force', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'IN_FORCE', 'SUSPENDED', DATE '2025-04-09',
     'country-specific rates suspended for 90 days, until 2025-07-09', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'SUSPENDED', 'VOIDED', DATE '2026-02-20',
     'Supreme Court: IEEPA does not authorise these tariffs (Learning Resources v. Trump)', TIMESTAMPTZ '2026-03-01 00:00:00+00');

-- 3. The 19% rate of the July 2025 deal.
INSERT INTO tariff_measure (id, imposer, target, authority, rate_pct, title, legal_instrument, status, announced_on,
    valid_from, valid_until, formula_data_year, formula_charged_pct, note, source) VALUES
    (nextval('tariff_measure_seq'), 'US', 'PK', 'IEEPA_RECIPROCAL', 19,
     'Reciprocal tariff: modified country rate for Pakistan after the July 2025 deal',
     'Executive order "Further Modifying the Reciprocal Tariff Rates" (31 July 2025)', 'VOIDED',
     DATE '2025-07-31', DATE '2025-08-07', DATE '2026-02-20', NULL, NULL,
     'Set when the deal was concluded on 2025-07-31; in force from 2025-08-07 until the Supreme Court ruling.',
     'Executive order of 31 July 2025; pk-us-negotiation-timeline.csv');
INSERT INTO tariff_measure_status_change (id, measure_id, from_status, status, effective_on, note, recorded_at) VALUES
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), NULL, 'ANNOUNCED', DATE '2025-07-31',
     'deal concluded; new executive order', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'ANNOUNCED', 'IN_FORCE', DATE '2025-08-07',
     'modified rate in force', TIMESTAMPTZ '2026-03-01 00:00:00+00'),
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), 'IN_FORCE', 'VOIDED', DATE '2026-02-20',
     'Supreme Court: IEEPA does not authorise these tariffs (Learning Resources v. Trump)', TIMESTAMPTZ '2026-03-01 00:00:00+00');

-- 4. The temporary 10% surcharge under Section 122, announced the day of the ruling. The seed data does not
--    give its effective date, so valid_from stays NULL and the status ANNOUNCED.
INSERT INTO tariff_measure (id, imposer, target, authority, rate_pct, title, legal_instrument, status, announced_on,
    valid_from, valid_until, formula_data_year, formula_charged_pct, note, source) VALUES
    (nextval('tariff_measure_seq'), 'US', 'PK', 'SECTION_122', 10,
     'Temporary import surcharge of 10% (balance of payments)',
     'Section 122 of the Trade Act of 1974', 'ANNOUNCED', DATE '2026-02-20', NULL, NULL, NULL, NULL,
     'Announced the day the IEEPA tariffs were voided. Section 122 allows a surcharge of at most 15% for at most 150 days unless Congress extends it. Effective date not in the seed data.',
     'DOMAIN.md; pk-us-negotiation-timeline.csv (2026-02-20)');
INSERT INTO tariff_measure_status_change (id, measure_id, from_status, status, effective_on, note, recorded_at) VALUES
    (nextval('tariff_measure_status_change_seq'), currval('tariff_measure_seq'), NULL, 'ANNOUNCED', DATE '2026-02-20',
     'announced after the Supreme Court ruling', TIMESTAMPTZ '2026-03-01 00:00:00+00');
