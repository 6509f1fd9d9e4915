-- Measurements of KPIs, one per KPI, partner and period; derived ones link to the events they came from.
CREATE TABLE measurement (
    id               uuid PRIMARY KEY,
    kpi_code         text        NOT NULL REFERENCES kpi_definition (code),
    partner_id       uuid        NOT NULL REFERENCES known_partner (id),
    period           text        NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
    period_start     date        NOT NULL,
    value            numeric     NOT NULL,
    source           text        NOT NULL CHECK (source IN ('MANUAL', 'INTEGRATION', 'DERIVED')),
    comment          text,
    recorded_by      text        NOT NULL,
    recorded_by_name text        NOT NULL,
    recorded_at      timestamptz NOT NULL,
    version          bigint      NOT NULL,
    UNIQUE (kpi_code, partner_id, period)
);
CREATE INDEX measurement_partner ON measurement (partner_id, kpi_code, period_start);

CREATE TABLE measurement_aud (
    id               uuid     NOT NULL,
    rev              bigint   NOT NULL REFERENCES revinfo (rev),
    revtype          smallint,
    kpi_code         text,
    partner_id       uuid,
    period           text,
    period_start     date,
    value            numeric,
    source           text,
    comment          text,
    recorded_by      text,
    recorded_by_name text,
    recorded_at      timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE measurement_source_event (
    id             uuid PRIMARY KEY,
    measurement_id uuid        NOT NULL REFERENCES measurement (id),
    event_id       text        NOT NULL,
    event_type     text        NOT NULL,
    linked_at      timestamptz NOT NULL,
    UNIQUE (measurement_id, event_id)
);
