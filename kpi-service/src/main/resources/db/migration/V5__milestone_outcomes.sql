-- Facts kpi-service keeps from agreement-service's milestone events, to derive the on-time milestone rate.
CREATE TABLE milestone_outcome (
    milestone_id uuid PRIMARY KEY,
    partner_id   uuid   NOT NULL REFERENCES known_partner (id),
    due_date     date   NOT NULL,
    outcome      text   NOT NULL CHECK (outcome IN ('ON_TIME', 'LATE', 'MISSED')),
    completed_on date,
    version      bigint NOT NULL
);
CREATE INDEX milestone_outcome_partner_due ON milestone_outcome (partner_id, due_date);
