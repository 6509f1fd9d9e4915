-- Master services agreements: one row per agreement (id for its whole life), one row per version
-- (the original and each amendment), and every lifecycle move of any agreement kind.
CREATE TABLE msa (
    id                 uuid PRIMARY KEY,
    partner_id         uuid        NOT NULL REFERENCES known_partner (id),
    latest_version     integer     NOT NULL,
    latest_status      text        NOT NULL,
    review_flag_reason text,
    review_flagged_at  timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL
);
CREATE INDEX msa_partner ON msa (partner_id);

CREATE TABLE msa_aud (
    id                 uuid     NOT NULL,
    rev                bigint   NOT NULL REFERENCES revinfo (rev),
    revtype            smallint,
    partner_id         uuid,
    latest_version     integer,
    review_flag_reason text,
    review_flagged_at  timestamptz,
    created_at         timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE msa_version (
    id                     uuid PRIMARY KEY,
    msa_id                 uuid        NOT NULL REFERENCES msa (id),
    number                 integer     NOT NULL CHECK (number >= 1),
    status                 text        NOT NULL,
    title                  text        NOT NULL,
    effective_on           date        NOT NULL,
    expires_on             date CHECK (expires_on > effective_on),
    governing_law          text        NOT NULL,
    payment_days           integer     NOT NULL CHECK (payment_days >= 0),
    payment_currency       text        NOT NULL,
    liability_cap_amount   numeric(17, 2) CHECK (liability_cap_amount >= 0),
    liability_cap_currency text,
    review_on              date,
    documents              text        NOT NULL,
    amendment_reason       text,
    was_reviewed           boolean     NOT NULL,
    created_at             timestamptz NOT NULL,
    version                bigint      NOT NULL,
    UNIQUE (msa_id, number)
);
CREATE INDEX msa_version_in_force ON msa_version (status, expires_on);
CREATE INDEX msa_version_review ON msa_version (status, review_on);

CREATE TABLE msa_version_aud (
    id                     uuid     NOT NULL,
    rev                    bigint   NOT NULL REFERENCES revinfo (rev),
    revtype                smallint,
    msa_id                 uuid,
    number                 integer,
    status                 text,
    title                  text,
    effective_on           date,
    expires_on             date,
    governing_law          text,
    payment_days           integer,
    payment_currency       text,
    liability_cap_amount   numeric(17, 2),
    liability_cap_currency text,
    review_on              date,
    documents              text,
    amendment_reason       text,
    was_reviewed           boolean,
    created_at             timestamptz,
    PRIMARY KEY (id, rev)
);

-- Lifecycle moves of MSAs (and later SOWs and quality agreements), with the signature of approvals and
-- executions. Never updated.
CREATE TABLE agreement_status_change (
    id              uuid PRIMARY KEY,
    agreement_id    uuid        NOT NULL,
    kind            text        NOT NULL,
    version_number  integer     NOT NULL,
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
CREATE INDEX agreement_status_change_agreement ON agreement_status_change (agreement_id, version_number, changed_at);
