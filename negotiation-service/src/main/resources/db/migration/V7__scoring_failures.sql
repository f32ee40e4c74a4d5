-- How many attempts at a scoring request failed on the request itself (a downstream's 500 for it, an
-- answer that cannot be read), as opposed to an outage: after negotiation.scoring.max-request-failures
-- of them the request is FAILED and its version SCORING_FAILED, so one poison draft never waits for ever.
ALTER TABLE scoring_request ADD COLUMN request_failures INTEGER NOT NULL DEFAULT 0;
