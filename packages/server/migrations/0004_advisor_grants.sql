-- Least privilege for advisors (ADR 0024). An assignment lets an advisor read the case and draft
-- documents; editing and exports with phone and ID numbers are separate grants of the owner's.
-- Assignments made before this migration get neither: they were never granted explicitly.
ALTER TABLE case_assignments
  ADD COLUMN can_edit boolean NOT NULL DEFAULT false,
  ADD COLUMN can_reveal boolean NOT NULL DEFAULT false,
  ADD COLUMN granted_at timestamptz NOT NULL DEFAULT now();

-- An operator's `shangan admin disable-user`: a disabled account cannot sign in or use a session.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;

-- The audit log says what was asked and whether it was allowed, from which address, with which
-- evidence file and whether phone and ID numbers were included; detail holds the rest (the advisor
-- a grant or revocation is about, the permissions granted, the permission a refusal lacked).
ALTER TABLE audit_log
  ADD COLUMN outcome text NOT NULL DEFAULT 'allowed' CHECK (outcome IN ('allowed', 'refused')),
  ADD COLUMN client_address text,
  ADD COLUMN evidence_id uuid,
  ADD COLUMN reveal boolean,
  ADD COLUMN detail jsonb;
