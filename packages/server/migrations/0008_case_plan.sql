-- The person's plan choices (the case file's `plan`, ADR 0029): the custom strategy's creditor order.
-- Stored as written beside the budget, like person, budget and circumstances; null when not given.
ALTER TABLE cases ADD COLUMN IF NOT EXISTS plan jsonb;
