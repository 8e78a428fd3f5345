-- Evidence bytes in chunks of at most 256 KB, each sealed on its own with the case's key (ADR 0021,
-- ADR 0025 amended): no single statement moves a whole file, so on PGlite, which runs every
-- statement on the server's event loop, writing or reading a 20 MB recording no longer holds other
-- requests for a second. A chunk's additional data binds it to its file, its place and the number
-- of chunks, so chunks cannot be reordered, dropped or moved to another file.
CREATE TABLE evidence_chunks (
  evidence_id uuid NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 0),
  sealed bytea NOT NULL,
  PRIMARY KEY (evidence_id, seq)
);

-- A file is either in chunks (chunk_count, new rows) or whole in content (rows written before
-- this migration, moved into chunks at start by sealLegacyRows).
ALTER TABLE evidence ADD COLUMN chunk_count integer CHECK (chunk_count > 0);
ALTER TABLE evidence ALTER COLUMN content DROP NOT NULL;
ALTER TABLE evidence ADD CONSTRAINT evidence_content_or_chunks CHECK ((content IS NULL) <> (chunk_count IS NULL));
