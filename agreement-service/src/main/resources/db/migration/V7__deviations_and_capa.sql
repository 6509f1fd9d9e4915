-- Deviations reported at partners and their CAPA actions. sow_id is not a foreign key yet: SOWs arrive with
-- their own migration and are wired at merge.
CREATE TABLE deviation (
    id                 uuid PRIMARY KEY,
    partner_id         uuid        NOT NULL REFERENCES known_partner (id),
    sow_id             uuid        NOT NULL,
    batch_number       text,
    external_ref       text,
    category           text        NOT NULL,
    severity           text,
    occurred_on        date        NOT NULL,
    reported_on        date        NOT NULL CHECK (reported_on >= occurred_on),
    notified_on_time   boolean,
    description        text        NOT NULL,
    investigation      text,
    root_cause         text,
    status             text        NOT NULL,
    closed_on          date,
    signer_id          text,
    signer_name        text,
    signed_at          timestamptz,
    meaning            text,
    record_version     bigint,
    record_sha256      text,
    reported_by        text        NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL
);
-- a QMS integration finds a deviation by its number, unique per partner
CREATE UNIQUE INDEX deviation_external_ref ON deviation (partner_id, external_ref) WHERE external_ref IS NOT NULL;
CREATE INDEX deviation_partner ON deviation (partner_id, reported_on);
CREATE INDEX deviation_sow ON deviation (sow_id);

CREATE TABLE deviation_aud (
    id                 uuid     NOT NULL,
    rev                bigint   NOT NULL REFERENCES revinfo (rev),
    revtype            smallint,
    partner_id         uuid,
    sow_id             uuid,
    batch_number       text,
    external_ref       text,
    category           text,
    severity           text,
    occurred_on        date,
    reported_on        date,
    notified_on_time   boolean,
    description        text,
    investigation      text,
    root_cause         text,
    status             text,
    closed_on          date,
    signer_id          text,
    signer_name        text,
    signed_at          timestamptz,
    meaning            text,
    record_version     bigint,
    record_sha256      text,
    reported_by        text,
    created_at         timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE capa_action (
    id                  uuid PRIMARY KEY,
    deviation_id        uuid    NOT NULL REFERENCES deviation (id),
    number              integer NOT NULL CHECK (number >= 1),
    description         text    NOT NULL,
    owner               text    NOT NULL,
    due_on              date    NOT NULL,
    checked_on          date,
    effectiveness_check text,
    effective           boolean,
    closed_on           date,
    version             bigint  NOT NULL,
    UNIQUE (deviation_id, number)
);

CREATE TABLE capa_action_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    deviation_id        uuid,
    number              integer,
    description         text,
    owner               text,
    due_on              date,
    checked_on          date,
    effectiveness_check text,
    effective           boolean,
    closed_on           date,
    PRIMARY KEY (id, rev)
);
