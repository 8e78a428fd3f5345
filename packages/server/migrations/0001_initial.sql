-- 上岸 initial schema. Money is bigint fen; calendar dates are date; instants are timestamptz.
CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text UNIQUE,
  password_hash text,
  role text NOT NULL CHECK (role IN ('local', 'client', 'advisor')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title text NOT NULL,
  as_of date NOT NULL,
  person jsonb,
  budget jsonb,
  circumstances jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_owner ON cases (owner_id);

CREATE TABLE case_assignments (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  advisor_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (case_id, advisor_id)
);

-- A debt as in the case file, without its payments and contacts (their own tables).
CREATE TABLE debts (
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  id text NOT NULL,
  position integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (case_id, id)
);

CREATE TABLE payments (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL,
  debt_id text NOT NULL,
  paid_on date NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (case_id, debt_id) REFERENCES debts (case_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX payments_debt ON payments (case_id, debt_id);

CREATE TABLE contacts (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL,
  debt_id text NOT NULL,
  at text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (case_id, debt_id) REFERENCES debts (case_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX contacts_debt ON contacts (case_id, debt_id, at);

CREATE TABLE evidence (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  contact_id uuid REFERENCES contacts (id) ON DELETE SET NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_case ON evidence (case_id);

CREATE TABLE negotiation_events (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL,
  debt_id text NOT NULL,
  state text NOT NULL,
  note text,
  at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (case_id, debt_id) REFERENCES debts (case_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX negotiation_debt ON negotiation_events (case_id, debt_id, at);

CREATE TABLE agreements (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL,
  debt_id text NOT NULL,
  signed_on date,
  total_fen bigint NOT NULL CHECK (total_fen >= 0),
  terms jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (case_id, debt_id) REFERENCES debts (case_id, id) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE agreement_instalments (
  agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  due_on date NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  paid_on date,
  PRIMARY KEY (agreement_id, seq)
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  actor_id uuid NOT NULL,
  action text NOT NULL,
  case_id uuid,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_case ON audit_log (case_id, at);
