-- Counters of login and sign-up attempts (ADR 0023), kept here so that every server on this
-- database shares them. One row per bucket (a hash of what is counted: an address, an account, or
-- both) and fixed window; a row is read until expires_at (the end of the window after its own)
-- and then pruned.
CREATE TABLE attempt_windows (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL CHECK (attempts >= 0),
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX attempt_windows_expiry ON attempt_windows (expires_at);
