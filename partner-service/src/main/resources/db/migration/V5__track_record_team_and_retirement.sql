-- Partners are retired, never deleted; retired ones answer 404 unless asked for.
ALTER TABLE partner ADD COLUMN retired_at timestamptz;
ALTER TABLE partner ADD COLUMN retired_by text;
ALTER TABLE partner ADD COLUMN retired_reason text;
ALTER TABLE partner_aud ADD COLUMN retired_at timestamptz;
ALTER TABLE partner_aud ADD COLUMN retired_by text;
ALTER TABLE partner_aud ADD COLUMN retired_reason text;

-- Regulatory inspections of the partner (by FDA, EMA, MHRA, PMDA or another authority).
CREATE TABLE inspection (
    id             uuid PRIMARY KEY,
    partner_id     uuid    NOT NULL REFERENCES partner (id),
    site_id        uuid REFERENCES site (id),
    inspected_on   date    NOT NULL,
    authority      text    NOT NULL,
    authority_name text,
    outcome        text    NOT NULL,
    observations   integer CHECK (observations >= 0),
    notes          text,
    retired_at     timestamptz,
    retired_by     text,
    retired_reason text,
    version        bigint  NOT NULL
);
CREATE INDEX inspection_partner ON inspection (partner_id, inspected_on DESC);

CREATE TABLE inspection_aud (
    id             uuid     NOT NULL,
    rev            bigint   NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    partner_id     uuid,
    site_id        uuid,
    inspected_on   date,
    authority      text,
    authority_name text,
    outcome        text,
    observations   integer,
    notes          text,
    retired_at     timestamptz,
    retired_by     text,
    retired_reason text,
    PRIMARY KEY (id, rev)
);

-- The partner's regulatory submissions track record.
CREATE TABLE regulatory_submission (
    id              uuid PRIMARY KEY,
    partner_id      uuid    NOT NULL REFERENCES partner (id),
    authority       text    NOT NULL,
    authority_name  text,
    product_type    text    NOT NULL,
    submission_year integer NOT NULL,
    outcome         text    NOT NULL,
    notes           text,
    retired_at      timestamptz,
    retired_by      text,
    retired_reason  text,
    version         bigint  NOT NULL
);
CREATE INDEX regulatory_submission_partner ON regulatory_submission (partner_id, submission_year DESC);

CREATE TABLE regulatory_submission_aud (
    id              uuid     NOT NULL,
    rev             bigint   NOT NULL REFERENCES revinfo (rev),
    revtype         smallint,
    partner_id      uuid,
    authority       text,
    authority_name  text,
    product_type    text,
    submission_year integer,
    outcome         text,
    notes           text,
    retired_at      timestamptz,
    retired_by      text,
    retired_reason  text,
    PRIMARY KEY (id, rev)
);

-- The people behind the partnership on the partner's side.
CREATE TABLE team_member (
    id         uuid PRIMARY KEY,
    partner_id uuid   NOT NULL REFERENCES partner (id),
    role       text   NOT NULL,
    name       text   NOT NULL,
    title      text,
    email      text,
    joined_on  date   NOT NULL,
    left_on    date CHECK (left_on IS NULL OR left_on >= joined_on),
    version    bigint NOT NULL
);
CREATE INDEX team_member_partner ON team_member (partner_id);

CREATE TABLE team_member_aud (
    id         uuid     NOT NULL,
    rev        bigint   NOT NULL REFERENCES revinfo (rev),
    revtype    smallint,
    partner_id uuid,
    role       text,
    name       text,
    title      text,
    email      text,
    joined_on  date,
    left_on    date,
    PRIMARY KEY (id, rev)
);

-- Staff turnover and continuity notes, kept in date order; never edited, only added to.
CREATE TABLE continuity_note (
    id             uuid PRIMARY KEY,
    partner_id     uuid        NOT NULL REFERENCES partner (id),
    team_member_id uuid REFERENCES team_member (id),
    noted_on       date        NOT NULL,
    kind           text        NOT NULL,
    note           text        NOT NULL,
    recorded_by    text        NOT NULL,
    recorded_name  text,
    recorded_at    timestamptz NOT NULL,
    version        bigint      NOT NULL
);
CREATE INDEX continuity_note_partner ON continuity_note (partner_id, noted_on DESC);

CREATE TABLE continuity_note_aud (
    id             uuid     NOT NULL,
    rev            bigint   NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    partner_id     uuid,
    team_member_id uuid,
    noted_on       date,
    kind           text,
    note           text,
    recorded_by    text,
    recorded_name  text,
    recorded_at    timestamptz,
    PRIMARY KEY (id, rev)
);
