-- Risks are never deleted: DELETE /risks/{id} retires one with who, when and why; it keeps its history.
ALTER TABLE risk ADD COLUMN retired_at timestamptz;
ALTER TABLE risk ADD COLUMN retired_by text;
ALTER TABLE risk ADD COLUMN retired_reason text;
ALTER TABLE risk ADD CONSTRAINT risk_retirement_complete
    CHECK ((retired_at IS NULL) = (retired_by IS NULL) AND (retired_at IS NULL) = (retired_reason IS NULL));
CREATE INDEX risk_live_partner ON risk (partner_id, category) WHERE retired_at IS NULL;

ALTER TABLE risk_aud ADD COLUMN retired_at timestamptz;
ALTER TABLE risk_aud ADD COLUMN retired_by text;
ALTER TABLE risk_aud ADD COLUMN retired_reason text;
