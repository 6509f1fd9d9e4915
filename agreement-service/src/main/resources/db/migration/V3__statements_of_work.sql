-- Statements of work under executed MSAs: one row per SOW (id for its whole life), one row per version
-- (the original and each amendment). Lists (activities, deliverables, escalation path) are JSON text, one
-- value each in the audit trail. Lifecycle moves go to agreement_status_change (kind SOW).
CREATE TABLE sow (
    id             uuid PRIMARY KEY,
    msa_id         uuid        NOT NULL REFERENCES msa (id),
    partner_id     uuid        NOT NULL REFERENCES known_partner (id),
    kind           text        NOT NULL,
    latest_version integer     NOT NULL,
    latest_status  text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL
);
CREATE INDEX sow_msa ON sow (msa_id);
CREATE INDEX sow_partner ON sow (partner_id);

CREATE TABLE sow_aud (
    id             uuid     NOT NULL,
    rev            bigint   NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    msa_id         uuid,
    partner_id     uuid,
    kind           text,
    latest_version integer,
    created_at     timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE sow_version (
    id               uuid PRIMARY KEY,
    sow_id           uuid           NOT NULL REFERENCES sow (id),
    number           integer        NOT NULL CHECK (number >= 1),
    status           text           NOT NULL,
    title            text           NOT NULL,
    activities       text           NOT NULL,
    deliverables     text           NOT NULL,
    start_on         date           NOT NULL,
    end_on           date           NOT NULL CHECK (end_on > start_on),
    budget_amount    numeric(17, 2) NOT NULL CHECK (budget_amount >= 0),
    budget_currency  text           NOT NULL,
    escalation_path  text           NOT NULL,
    review_on        date,
    amendment_reason text,
    was_reviewed     boolean        NOT NULL,
    created_at       timestamptz    NOT NULL,
    version          bigint         NOT NULL,
    UNIQUE (sow_id, number)
);
CREATE INDEX sow_version_review ON sow_version (status, review_on);

CREATE TABLE sow_version_aud (
    id               uuid     NOT NULL,
    rev              bigint   NOT NULL REFERENCES revinfo (rev),
    revtype          smallint,
    sow_id           uuid,
    number           integer,
    status           text,
    title            text,
    activities       text,
    deliverables     text,
    start_on         date,
    end_on           date,
    budget_amount    numeric(17, 2),
    budget_currency  text,
    escalation_path  text,
    review_on        date,
    amendment_reason text,
    was_reviewed     boolean,
    created_at       timestamptz,
    PRIMARY KEY (id, rev)
);
