-- The person's own LPR quotations (ADR 0033): newer than the table built into this version, or
-- correcting one of its rows. They belong to a user, not to a case: a quotation is a published
-- fact that every case of theirs is computed with (the case's owner's, whoever reads the case).
-- Rates are basis points (3.00 % = 300), so that 4 × LPR stays exact; a date has one quotation.
CREATE TABLE lpr_quotations (
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  quoted_on date NOT NULL CHECK (quoted_on >= DATE '2019-08-20'),
  one_year_bp integer NOT NULL CHECK (one_year_bp > 0 AND one_year_bp < 2000),
  five_year_bp integer NOT NULL CHECK (five_year_bp > 0 AND five_year_bp < 2000),
  source text,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_id, quoted_on)
);
