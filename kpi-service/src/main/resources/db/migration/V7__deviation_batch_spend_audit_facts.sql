-- Facts kpi-service keeps from agreement-service's deviation, batch and spend events and from
-- partner-service's audit closures, to derive the quality, responsiveness and cost KPIs.
CREATE TABLE deviation_record (
    deviation_id     uuid PRIMARY KEY,
    partner_id       uuid   NOT NULL REFERENCES known_partner (id),
    reported_on      date   NOT NULL,
    notified_on_time boolean,
    closed_on        date,
    days_open        integer,
    version          bigint NOT NULL
);
CREATE INDEX deviation_record_reported ON deviation_record (partner_id, reported_on);
CREATE INDEX deviation_record_closed ON deviation_record (partner_id, closed_on);

CREATE TABLE batch_disposition (
    batch_id         uuid PRIMARY KEY,
    partner_id       uuid    NOT NULL REFERENCES known_partner (id),
    disposition      text    NOT NULL,
    right_first_time boolean NOT NULL,
    dispositioned_on date    NOT NULL,
    version          bigint  NOT NULL
);
CREATE INDEX batch_disposition_partner ON batch_disposition (partner_id, dispositioned_on);

CREATE TABLE sow_spend (
    id            uuid PRIMARY KEY,
    sow_id        uuid    NOT NULL,
    partner_id    uuid    NOT NULL REFERENCES known_partner (id),
    period_month  date    NOT NULL,
    spent_to_date numeric NOT NULL,
    budget        numeric NOT NULL,
    currency      text    NOT NULL,
    version       bigint  NOT NULL,
    UNIQUE (sow_id, period_month)
);
CREATE INDEX sow_spend_partner ON sow_spend (partner_id, period_month);

CREATE TABLE closed_audit (
    audit_id   uuid PRIMARY KEY,
    partner_id uuid   NOT NULL REFERENCES known_partner (id),
    closed_on  date   NOT NULL,
    findings   bigint NOT NULL CHECK (findings >= 0),
    version    bigint NOT NULL
);
CREATE INDEX closed_audit_partner ON closed_audit (partner_id, closed_on);
