-- Crypto-shredding (ADR 0025): each case's contact log and evidence bytes are sealed with the
-- case's own data key (AES-256-GCM), and deleting the case destroys the key, so copies of the
-- sealed bytes left in the WAL, in freed pages or in a backup can no longer be read.
--
-- PostgreSQL keeps the keys here, deleted with their case. PGlite (local mode) does not use this
-- table: its keys are in a file beside the database (DATA_DIR/case-keys.json), because a key row
-- in the same database would survive in pg_wal exactly like the data it protects.
CREATE TABLE case_keys (
  case_id uuid PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  data_key bytea NOT NULL CHECK (octet_length(data_key) = 32)
);

-- A contact is either sealed (new rows) or plain jsonb (rows written before this migration).
ALTER TABLE contacts ADD COLUMN sealed bytea;
ALTER TABLE contacts ALTER COLUMN data DROP NOT NULL;
ALTER TABLE contacts ADD CONSTRAINT contacts_data_or_sealed CHECK ((data IS NULL) <> (sealed IS NULL));

-- true: content holds the sealed bytes; false: the plain bytes of a row written before.
ALTER TABLE evidence ADD COLUMN sealed boolean NOT NULL DEFAULT false;
