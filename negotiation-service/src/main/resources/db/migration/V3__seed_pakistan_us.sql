-- Seed: the Pakistan-US negotiation over the April 2025 US "reciprocal" tariff (29%), its roadmap as in
-- shared/data/pk-us-negotiation-timeline.csv, and two sample drafts to score: one of vague intentions,
-- one like the July 2025 package. Ids come from the sequences, so Hibernate's pooled ids never collide.

INSERT INTO negotiation (id, title, our_side, other_side, target_rate_pct, deadline, baseline_year, status,
                         created_at, version)
VALUES (nextval('negotiation_seq'), 'Pakistan-US reciprocal tariff talks', 'PK', 'US', 19.00, DATE '2025-07-09',
        2024, 'ACTIVE', TIMESTAMP WITH TIME ZONE '2025-04-03 00:00:00+00', 0);

INSERT INTO milestone (id, negotiation_id, kind, title, due_date, status, done_on, notes, version)
SELECT nextval('milestone_seq'), currval('negotiation_seq'), m.kind, m.title, m.due, 'DONE', m.due, m.notes, 0
FROM (VALUES
    (DATE '2003-06-01', 'FRAMEWORK', 'Trade and Investment Framework Agreement (TIFA) signed',
     'primary mechanism for bilateral trade talks'),
    (DATE '2024-04-26', 'TECHNICAL_ROUND', '7th TIFA intersessional meeting',
     'agriculture, digital trade, IP, labour; US beef access'),
    (DATE '2025-04-02', 'EXTERNAL_MEASURE', 'US announces 29% reciprocal tariff on Pakistan (EO 14257 Annex I)',
     '10% baseline from 2025-04-05; country rate from 2025-04-09'),
    (DATE '2025-04-09', 'EXTERNAL_MEASURE', 'Country-specific reciprocal rates suspended for 90 days',
     'suspension until 2025-07-09'),
    (DATE '2025-06-16', 'MINISTERIAL_TALKS', 'Ministerial virtual talks (Finance Minister - Commerce Secretary)',
     'agreed constructive engagement, a mutually agreed roadmap and technical-level discussions in the coming days'),
    (DATE '2025-06-25', 'TECHNICAL_ROUND', 'Technical-level discussions',
     'Pakistan open to more US imports and to removing non-tariff barriers'),
    (DATE '2025-07-09', 'DEADLINE', 'Tariff suspension expires', 'deal needed before the freeze ends'),
    (DATE '2025-07-31', 'AGREEMENT', 'Deal concluded; Pakistan rate set to 19%',
     'executive order ''Further Modifying the Reciprocal Tariff Rates''; oil-reserves partnership'),
    (DATE '2026-02-20', 'EXTERNAL_MEASURE',
     'Supreme Court rules IEEPA does not authorise the tariffs; 10% Section 122 surcharge announced',
     'legal authority of each rate matters')
) AS m (due, kind, title, notes);

-- Draft 1: vague intentions only.
INSERT INTO proposal_draft (id, negotiation_id, side, title, latest_version, created_at, version)
VALUES (nextval('proposal_draft_seq'), currval('negotiation_seq'), 'PK', 'Vague intentions', 1,
        TIMESTAMP WITH TIME ZONE '2025-06-20 00:00:00+00', 0);

INSERT INTO draft_version (id, draft_id, number, author, note, created_at, content, status, status_changed_at, version)
VALUES (nextval('draft_version_seq'), currval('proposal_draft_seq'), 1, 'seed', 'Sample: intentions without commitments',
        TIMESTAMP WITH TIME ZONE '2025-06-20 00:00:00+00',
        '{"purchases": [], "barrierRemovals": [], "tariffCuts": [],
          "intentions": ["Pakistan intends to import more goods from the United States",
                         "Pakistan will look into the non-tariff barriers the United States has raised"]}',
        'DRAFT', TIMESTAMP WITH TIME ZONE '2025-06-20 00:00:00+00', 0);

-- Draft 2: about 1 bn USD a year of added US purchases (cotton, soybeans, crude oil) and the removal of
-- the GE-soybean ban (SPS-1) and the cotton fumigation demands (SPS-2), like the July 2025 package.
INSERT INTO proposal_draft (id, negotiation_id, side, title, latest_version, created_at, version)
VALUES (nextval('proposal_draft_seq'), currval('negotiation_seq'), 'PK', 'July 2025 package', 1,
        TIMESTAMP WITH TIME ZONE '2025-07-01 00:00:00+00', 0);

INSERT INTO draft_version (id, draft_id, number, author, note, created_at, content, status, status_changed_at, version)
VALUES (nextval('draft_version_seq'), currval('proposal_draft_seq'), 1, 'seed',
        'Sample: cotton, soybeans and crude oil purchases; SPS-1 and SPS-2 removed',
        TIMESTAMP WITH TIME ZONE '2025-07-01 00:00:00+00',
        '{"purchases": [
            {"hsCode": "5201", "description": "Cotton, not carded or combed", "addedUsdPerYear": 500000000,
             "firstYear": 2025, "years": 3, "binding": true},
            {"hsCode": "1201", "description": "Soybeans", "addedUsdPerYear": 300000000,
             "firstYear": 2025, "years": 3, "binding": true},
            {"hsCode": "2709", "description": "Crude petroleum oils", "addedUsdPerYear": 200000000,
             "firstYear": 2025, "years": 3, "binding": false}],
          "barrierRemovals": [
            {"barrierCode": "SPS-1", "committedBy": "2025-09-30", "verifiable": true, "binding": true},
            {"barrierCode": "SPS-2", "committedBy": "2025-08-31", "verifiable": true, "binding": true}],
          "tariffCuts": [],
          "intentions": ["Partnership on the development of oil reserves"]}',
        'DRAFT', TIMESTAMP WITH TIME ZONE '2025-07-01 00:00:00+00', 0);
