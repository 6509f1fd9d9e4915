-- Steering-committee reviews: who attended from both sides, which partners and KPIs were reviewed, the
-- decisions and actions taken, the chair's electronic signature and the dashboards as they stood
-- (a JSON snapshot that later measurements do not change). Attendees, decisions and actions are JSON
-- documents of the review; the partners and KPIs reviewed are rows, so that a partner's reviews can be found.
CREATE TABLE steering_committee_review (
    id                 uuid PRIMARY KEY,
    held_on            date        NOT NULL,
    attendees          text        NOT NULL,
    decisions          text        NOT NULL,
    actions            text        NOT NULL,
    dashboard_snapshot text        NOT NULL,
    snapshot_taken_at  timestamptz NOT NULL,
    recorded_by        text        NOT NULL,
    recorded_by_name   text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    signer_id          text,
    signer_name        text,
    signed_at          timestamptz,
    meaning            text CHECK (meaning IN ('AUTHORSHIP', 'REVIEW', 'APPROVAL', 'RESPONSIBILITY')),
    record_version     bigint,
    record_sha256      text,
    version            bigint      NOT NULL
);
CREATE INDEX steering_committee_review_held_on ON steering_committee_review (held_on);

CREATE TABLE steering_committee_review_aud (
    id                 uuid     NOT NULL,
    rev                bigint   NOT NULL REFERENCES revinfo (rev),
    revtype            smallint,
    held_on            date,
    attendees          text,
    decisions          text,
    actions            text,
    dashboard_snapshot text,
    snapshot_taken_at  timestamptz,
    recorded_by        text,
    recorded_by_name   text,
    recorded_at        timestamptz,
    signer_id          text,
    signer_name        text,
    signed_at          timestamptz,
    meaning            text,
    record_version     bigint,
    record_sha256      text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE steering_committee_review_partner (
    review_id  uuid NOT NULL REFERENCES steering_committee_review (id),
    partner_id uuid NOT NULL REFERENCES known_partner (id),
    PRIMARY KEY (review_id, partner_id)
);
CREATE INDEX steering_committee_review_partner_partner ON steering_committee_review_partner (partner_id);

CREATE TABLE steering_committee_review_partner_aud (
    rev        bigint   NOT NULL REFERENCES revinfo (rev),
    revtype    smallint,
    review_id  uuid     NOT NULL,
    partner_id uuid     NOT NULL,
    PRIMARY KEY (rev, review_id, partner_id)
);

CREATE TABLE steering_committee_review_kpi (
    review_id uuid NOT NULL REFERENCES steering_committee_review (id),
    kpi_code  text NOT NULL REFERENCES kpi_definition (code),
    PRIMARY KEY (review_id, kpi_code)
);

CREATE TABLE steering_committee_review_kpi_aud (
    rev       bigint   NOT NULL REFERENCES revinfo (rev),
    revtype   smallint,
    review_id uuid     NOT NULL,
    kpi_code  text     NOT NULL,
    PRIMARY KEY (rev, review_id, kpi_code)
);
