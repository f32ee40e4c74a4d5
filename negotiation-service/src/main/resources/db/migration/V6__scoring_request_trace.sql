-- The trace a scoring request was opened in (the submission's, or the re-scoring's), as a W3C traceparent
-- (00-<trace id>-<span id>-<flags>), so that every attempt at the request, the scoring worker's retries
-- included, joins that trace. Empty for requests opened before tracing, or outside any trace.
-- (V6: V4 and V5 are taken by changes of the scoring queue made at the same time.)
ALTER TABLE scoring_request ADD COLUMN trace_parent VARCHAR(55);
