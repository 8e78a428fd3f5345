-- Optimistic concurrency (ADR 0022): every case has an integer revision, moved by one by every write
-- that changes its case file. GET /api/cases/:id sends it as the ETag; a write names the revision it
-- read (If-Match) and is refused when another write came first.
ALTER TABLE cases ADD COLUMN revision bigint NOT NULL DEFAULT 1;
