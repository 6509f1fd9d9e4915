-- The joint risk register: risks, their score history, their reviews and their mitigation actions.
CREATE TABLE risk (
    id                  uuid PRIMARY KEY,
    title               text        NOT NULL,
    description         text,
    category            text        NOT NULL CHECK (category IN ('CLINICAL_DELAY_OR_LOW_ENROLMENT',
                            'BATCH_FAILURE_OR_OOS', 'REGULATORY_REWORK', 'PARTNER_CAPACITY_OR_TURNOVER',
                            'PARTNER_COMPLIANCE', 'SUPPLY_CHAIN_DISRUPTION', 'QUALITY_SYSTEM', 'FINANCIAL',
                            'OTHER')),
    partner_id          uuid        NOT NULL REFERENCES known_partner (id),
    agreement_id        uuid,
    sow_id              uuid,
    milestone_id        uuid,
    owner_side          text        NOT NULL CHECK (owner_side IN ('SPONSOR', 'PARTNER')),
    owner_name          text        NOT NULL,
    joint               boolean     NOT NULL,
    likelihood          integer     NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact              integer     NOT NULL CHECK (impact BETWEEN 1 AND 5),
    score               integer     NOT NULL CHECK (score = likelihood * impact),
    residual_likelihood integer     CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact     integer     CHECK (residual_impact BETWEEN 1 AND 5),
    status              text        NOT NULL CHECK (status IN ('OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED')),
    status_reason       text,
    review_frequency    text        CHECK (review_frequency IN ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY')),
    identified_on       date        NOT NULL,
    last_reviewed_on    date,
    next_review_on      date,
    raised_by           text        NOT NULL,
    raised_by_name      text        NOT NULL,
    raised_at           timestamptz NOT NULL,
    cause_event_id      text,
    version             bigint      NOT NULL,
    -- both residual values or none
    CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL)),
    -- a closed risk is not reviewed any more
    CHECK ((status = 'CLOSED') = (next_review_on IS NULL))
);
CREATE INDEX risk_partner_category ON risk (partner_id, category, status);
CREATE INDEX risk_next_review ON risk (next_review_on) WHERE status <> 'CLOSED';
CREATE INDEX risk_score ON risk (score DESC) WHERE status <> 'CLOSED';

-- Every score a risk had: the first when raised, then each re-score with its reason and cause.
CREATE TABLE risk_score_change (
    id                  uuid PRIMARY KEY,
    risk_id             uuid        NOT NULL REFERENCES risk (id),
    previous_likelihood integer,
    previous_impact     integer,
    likelihood          integer     NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact              integer     NOT NULL CHECK (impact BETWEEN 1 AND 5),
    reason              text        NOT NULL,
    cause_event_id      text,
    changed_by          text        NOT NULL,
    changed_by_name     text        NOT NULL,
    changed_at          timestamptz NOT NULL,
    version             bigint      NOT NULL
);
CREATE INDEX risk_score_change_risk ON risk_score_change (risk_id, changed_at);

-- Periodic reviews of a risk: who, when, the score then, the decision.
CREATE TABLE risk_review (
    id               uuid PRIMARY KEY,
    risk_id          uuid        NOT NULL REFERENCES risk (id),
    reviewed_on      date        NOT NULL,
    reviewed_by      text        NOT NULL,
    reviewed_by_name text        NOT NULL,
    likelihood       integer     NOT NULL,
    impact           integer     NOT NULL,
    score            integer     NOT NULL,
    rag              text        NOT NULL,
    decision         text        NOT NULL CHECK (decision IN ('NO_CHANGE', 'RESCORE_NEEDED', 'ESCALATE',
                         'CLOSE_RECOMMENDED')),
    notes            text        NOT NULL,
    next_review_on   date        NOT NULL,
    recorded_at      timestamptz NOT NULL,
    version          bigint      NOT NULL
);
CREATE INDEX risk_review_risk ON risk_review (risk_id, reviewed_on);

CREATE TABLE mitigation_action (
    id              uuid PRIMARY KEY,
    risk_id         uuid        NOT NULL REFERENCES risk (id),
    partner_id      uuid        NOT NULL,
    description     text        NOT NULL,
    owner_side      text        NOT NULL CHECK (owner_side IN ('SPONSOR', 'PARTNER')),
    owner_name      text        NOT NULL,
    due_on          date        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    status_reason   text,
    completed_on    date,
    completion_note text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL))
);
CREATE INDEX mitigation_action_risk ON mitigation_action (risk_id);
CREATE INDEX mitigation_action_due ON mitigation_action (due_on) WHERE status IN ('PLANNED', 'IN_PROGRESS');

CREATE TABLE risk_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    title               text,
    description         text,
    category            text,
    partner_id          uuid,
    agreement_id        uuid,
    sow_id              uuid,
    milestone_id        uuid,
    owner_side          text,
    owner_name          text,
    joint               boolean,
    likelihood          integer,
    impact              integer,
    score               integer,
    residual_likelihood integer,
    residual_impact     integer,
    status              text,
    status_reason       text,
    review_frequency    text,
    identified_on       date,
    last_reviewed_on    date,
    next_review_on      date,
    raised_by           text,
    raised_by_name      text,
    raised_at           timestamptz,
    cause_event_id      text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE risk_score_change_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    risk_id             uuid,
    previous_likelihood integer,
    previous_impact     integer,
    likelihood          integer,
    impact              integer,
    reason              text,
    cause_event_id      text,
    changed_by          text,
    changed_by_name     text,
    changed_at          timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE risk_review_aud (
    id               uuid     NOT NULL,
    rev              bigint   NOT NULL REFERENCES revinfo (rev),
    revtype          smallint,
    risk_id          uuid,
    reviewed_on      date,
    reviewed_by      text,
    reviewed_by_name text,
    likelihood       integer,
    impact           integer,
    score            integer,
    rag              text,
    decision         text,
    notes            text,
    next_review_on   date,
    recorded_at      timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE mitigation_action_aud (
    id              uuid     NOT NULL,
    rev             bigint   NOT NULL REFERENCES revinfo (rev),
    revtype         smallint,
    risk_id         uuid,
    partner_id      uuid,
    description     text,
    owner_side      text,
    owner_name      text,
    due_on          date,
    status          text,
    status_reason   text,
    completed_on    date,
    completion_note text,
    created_by      text,
    created_at      timestamptz,
    PRIMARY KEY (id, rev)
);
