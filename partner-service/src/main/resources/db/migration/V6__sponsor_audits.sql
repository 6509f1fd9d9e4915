-- Audits the sponsor runs on its partners, their findings and the partners' follow-up.
CREATE TABLE sponsor_audit (
    id            uuid PRIMARY KEY,
    partner_id    uuid        NOT NULL REFERENCES partner (id),
    site_id       uuid        REFERENCES site (id),
    type          text        NOT NULL CHECK (type IN ('QUALIFICATION', 'ROUTINE', 'FOR_CAUSE')),
    status        text        NOT NULL CHECK (status IN ('PLANNED', 'PERFORMED', 'CLOSED', 'CANCELLED')),
    scope         text        NOT NULL,
    lead_auditor  text        NOT NULL,
    planned_on    date        NOT NULL,
    performed_on  date,
    closed_on     date,
    status_reason text,
    created_at    timestamptz NOT NULL,
    version       bigint      NOT NULL,
    -- a performed or closed audit has its performance date; only a closed one a closing date
    CHECK ((status IN ('PERFORMED', 'CLOSED')) = (performed_on IS NOT NULL)),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX sponsor_audit_partner ON sponsor_audit (partner_id, planned_on);
CREATE INDEX sponsor_audit_open ON sponsor_audit (status, planned_on) WHERE status IN ('PLANNED', 'PERFORMED');

CREATE TABLE sponsor_audit_auditor (
    audit_id uuid NOT NULL REFERENCES sponsor_audit (id),
    auditor  text NOT NULL,
    PRIMARY KEY (audit_id, auditor)
);

CREATE TABLE audit_finding (
    id                uuid PRIMARY KEY,
    audit_id          uuid        NOT NULL REFERENCES sponsor_audit (id),
    partner_id        uuid        NOT NULL REFERENCES partner (id),
    number            integer     NOT NULL CHECK (number > 0),
    severity          text        NOT NULL CHECK (severity IN ('CRITICAL', 'MAJOR', 'MINOR', 'OBSERVATION')),
    requirement       text,
    description       text        NOT NULL,
    response_due_on   date,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'RESPONSE_RECEIVED', 'CLOSED')),
    response          text,
    responded_at      timestamptz,
    responded_by      text,
    responded_by_name text,
    sponsor_note      text,
    closed_on         date,
    closed_by         text,
    raised_at         timestamptz NOT NULL,
    version           bigint      NOT NULL,
    UNIQUE (audit_id, number),
    -- every finding but an observation needs the partner's response by a date
    CHECK (severity = 'OBSERVATION' OR response_due_on IS NOT NULL)
);
CREATE INDEX audit_finding_response_due ON audit_finding (response_due_on) WHERE status = 'OPEN';
CREATE INDEX audit_finding_partner ON audit_finding (partner_id);

CREATE TABLE sponsor_audit_aud (
    id            uuid     NOT NULL,
    rev           bigint   NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    partner_id    uuid,
    site_id       uuid,
    type          text,
    status        text,
    scope         text,
    lead_auditor  text,
    planned_on    date,
    performed_on  date,
    closed_on     date,
    status_reason text,
    created_at    timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE sponsor_audit_auditor_aud (
    rev      bigint   NOT NULL REFERENCES revinfo (rev),
    revtype  smallint,
    audit_id uuid     NOT NULL,
    auditor  text     NOT NULL,
    PRIMARY KEY (rev, audit_id, auditor)
);

CREATE TABLE audit_finding_aud (
    id                uuid     NOT NULL,
    rev               bigint   NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    audit_id          uuid,
    partner_id        uuid,
    number            integer,
    severity          text,
    requirement       text,
    description       text,
    response_due_on   date,
    status            text,
    response          text,
    responded_at      timestamptz,
    responded_by      text,
    responded_by_name text,
    sponsor_note      text,
    closed_on         date,
    closed_by         text,
    raised_at         timestamptz,
    PRIMARY KEY (id, rev)
);
