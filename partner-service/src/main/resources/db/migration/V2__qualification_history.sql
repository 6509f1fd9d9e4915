-- Each move of a partner's qualification, with the approver's electronic signature for approvals.
CREATE TABLE qualification_change (
    id              uuid PRIMARY KEY,
    partner_id      uuid        NOT NULL REFERENCES partner (id),
    from_status     text        NOT NULL,
    to_status       text        NOT NULL,
    reason          text        NOT NULL,
    changed_by      text        NOT NULL,
    changed_by_name text        NOT NULL,
    changed_at      timestamptz NOT NULL,
    signer_id       text,
    signer_name     text,
    signed_at       timestamptz,
    meaning         text,
    record_version  bigint,
    record_sha256   text
);
CREATE INDEX qualification_change_partner ON qualification_change (partner_id, changed_at);
