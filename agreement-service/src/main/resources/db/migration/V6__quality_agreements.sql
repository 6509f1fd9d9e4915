-- Quality agreements: one row per agreement (id for its whole life), one row per version (the original and
-- each amendment). Lifecycle moves are kept in agreement_status_change with kind QUALITY_AGREEMENT.
CREATE TABLE quality_agreement (
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
CREATE INDEX quality_agreement_partner ON quality_agreement (partner_id);

CREATE TABLE quality_agreement_aud (
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

CREATE TABLE quality_agreement_version (
    id                          uuid PRIMARY KEY,
    quality_agreement_id        uuid        NOT NULL REFERENCES quality_agreement (id),
    number                      integer     NOT NULL CHECK (number >= 1),
    status                      text        NOT NULL,
    title                       text        NOT NULL,
    effective_on                date        NOT NULL,
    expires_on                  date CHECK (expires_on > effective_on),
    review_on                   date,
    responsibilities            text        NOT NULL,
    audit_interval_months       integer     NOT NULL CHECK (audit_interval_months BETWEEN 1 AND 120),
    audit_notice_days           integer     NOT NULL CHECK (audit_notice_days BETWEEN 0 AND 365),
    for_cause_audits            boolean     NOT NULL,
    critical_notification_hours integer     NOT NULL CHECK (critical_notification_hours >= 1),
    major_notification_hours    integer     NOT NULL CHECK (major_notification_hours >= critical_notification_hours),
    minor_notification_hours    integer     NOT NULL CHECK (minor_notification_hours >= major_notification_hours),
    amendment_reason            text,
    was_reviewed                boolean     NOT NULL,
    created_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL,
    UNIQUE (quality_agreement_id, number)
);
CREATE INDEX quality_agreement_version_in_force ON quality_agreement_version (status, expires_on);
CREATE INDEX quality_agreement_version_review ON quality_agreement_version (status, review_on);

CREATE TABLE quality_agreement_version_aud (
    id                          uuid     NOT NULL,
    rev                         bigint   NOT NULL REFERENCES revinfo (rev),
    revtype                     smallint,
    quality_agreement_id        uuid,
    number                      integer,
    status                      text,
    title                       text,
    effective_on                date,
    expires_on                  date,
    review_on                   date,
    responsibilities            text,
    audit_interval_months       integer,
    audit_notice_days           integer,
    for_cause_audits            boolean,
    critical_notification_hours integer,
    major_notification_hours    integer,
    minor_notification_hours    integer,
    amendment_reason            text,
    was_reviewed                boolean,
    created_at                  timestamptz,
    PRIMARY KEY (id, rev)
);
