-- Every firing of an automatic risk rule: which policy (name and version), the event that caused it,
-- the inputs it saw, and what it did to which risk.
CREATE TABLE rule_firing (
    id               uuid PRIMARY KEY,
    policy           text        NOT NULL,
    policy_version   integer     NOT NULL,
    cause_event_id   text        NOT NULL,
    cause_event_type text        NOT NULL,
    partner_id       uuid        NOT NULL,
    subject_ref      text        NOT NULL,
    subject_level    text,
    inputs           text        NOT NULL,
    outcome          text        NOT NULL CHECK (outcome IN ('RAISED', 'RESCORED', 'NO_CHANGE')),
    risk_id          uuid        REFERENCES risk (id),
    explanation      text        NOT NULL,
    fired_at         timestamptz NOT NULL,
    version          bigint      NOT NULL,
    CHECK ((outcome = 'NO_CHANGE') OR (risk_id IS NOT NULL))
);
CREATE INDEX rule_firing_risk ON rule_firing (risk_id, fired_at);
CREATE INDEX rule_firing_subject ON rule_firing (policy, subject_ref);
CREATE INDEX rule_firing_cause ON rule_firing (cause_event_id);

CREATE TABLE rule_firing_aud (
    id               uuid     NOT NULL,
    rev              bigint   NOT NULL REFERENCES revinfo (rev),
    revtype          smallint,
    policy           text,
    policy_version   integer,
    cause_event_id   text,
    cause_event_type text,
    partner_id       uuid,
    subject_ref      text,
    subject_level    text,
    inputs           text,
    outcome          text,
    risk_id          uuid,
    explanation      text,
    fired_at         timestamptz,
    PRIMARY KEY (id, rev)
);
