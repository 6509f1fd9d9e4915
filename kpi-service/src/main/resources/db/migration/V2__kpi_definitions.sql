-- The KPI catalogue, and the KPIs the platform ships with.
CREATE TABLE kpi_definition (
    id          uuid PRIMARY KEY,
    code        text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{2,63}$'),
    name        text        NOT NULL,
    description text,
    unit        text        NOT NULL,
    category    text        NOT NULL CHECK (category IN ('PERFORMANCE', 'QUALITY', 'RESPONSIVENESS', 'COST')),
    direction   text        NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    aggregation text        NOT NULL CHECK (aggregation IN ('RATE', 'MEAN', 'RATIO', 'REPORTED')),
    periodicity text        NOT NULL CHECK (periodicity IN ('MONTHLY', 'QUARTERLY')),
    source      text        NOT NULL CHECK (source IN ('MANUAL', 'DERIVED')),
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);

CREATE TABLE kpi_definition_aud (
    id          uuid     NOT NULL,
    rev         bigint   NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    code        text,
    name        text,
    description text,
    unit        text,
    category    text,
    direction   text,
    aggregation text,
    periodicity text,
    source      text,
    created_at  timestamptz,
    PRIMARY KEY (id, rev)
);

-- The shipped definitions; their creation is in the audit trail like any other.
INSERT INTO kpi_definition (id, code, name, description, unit, category, direction, aggregation, periodicity, source,
                            created_at, version) VALUES
('0b6f1d7a-0001-4c1e-9a51-6b1f3e2a0001', 'ON_TIME_MILESTONE_RATE', 'On-time milestone rate',
 'Share of the milestones due in the period that were completed on or before their due date (a missed milestone, or one completed late, is not on time).',
 '%', 'PERFORMANCE', 'HIGHER_IS_BETTER', 'RATE', 'MONTHLY', 'DERIVED', now(), 0),
('0b6f1d7a-0002-4c1e-9a51-6b1f3e2a0002', 'RIGHT_FIRST_TIME_BATCH_RATE', 'Right-first-time batch rate',
 'Share of the batches dispositioned in the period that were right first time.',
 '%', 'QUALITY', 'HIGHER_IS_BETTER', 'RATE', 'MONTHLY', 'DERIVED', now(), 0),
('0b6f1d7a-0003-4c1e-9a51-6b1f3e2a0003', 'DEVIATIONS_PER_BATCH', 'Deviations per batch',
 'Deviations reported in the period per batch dispositioned in the period.',
 'deviations/batch', 'QUALITY', 'LOWER_IS_BETTER', 'RATIO', 'MONTHLY', 'DERIVED', now(), 0),
('0b6f1d7a-0004-4c1e-9a51-6b1f3e2a0004', 'MEAN_DAYS_TO_CLOSE_DEVIATION', 'Mean days to close a deviation',
 'Mean days open of the deviations closed in the period.',
 'days', 'QUALITY', 'LOWER_IS_BETTER', 'MEAN', 'MONTHLY', 'DERIVED', now(), 0),
('0b6f1d7a-0005-4c1e-9a51-6b1f3e2a0005', 'DEVIATIONS_NOTIFIED_ON_TIME_RATE', 'Share of deviations notified on time',
 'Share of the deviations reported in the period that the partner notified within the quality agreement''s timeline.',
 '%', 'RESPONSIVENESS', 'HIGHER_IS_BETTER', 'RATE', 'MONTHLY', 'DERIVED', now(), 0),
('0b6f1d7a-0006-4c1e-9a51-6b1f3e2a0006', 'QUERY_RESPONSE_TIME', 'Query response time',
 'Mean hours from a sponsor query to the partner''s answer, entered by people or integrations.',
 'hours', 'RESPONSIVENESS', 'LOWER_IS_BETTER', 'MEAN', 'MONTHLY', 'MANUAL', now(), 0),
('0b6f1d7a-0007-4c1e-9a51-6b1f3e2a0007', 'BUDGET_VARIANCE', 'Budget variance',
 'Mean over the partner''s SOWs with spend recorded in the period of (spent to date - budget) / budget, in percent: positive is over budget.',
 '%', 'COST', 'LOWER_IS_BETTER', 'MEAN', 'MONTHLY', 'DERIVED', now(), 0),
('0b6f1d7a-0008-4c1e-9a51-6b1f3e2a0008', 'AUDIT_FINDINGS_PER_AUDIT', 'Audit findings per audit',
 'Findings of every severity (critical, major, minor, observation) per sponsor audit closed in the quarter.',
 'findings/audit', 'QUALITY', 'LOWER_IS_BETTER', 'RATIO', 'QUARTERLY', 'DERIVED', now(), 0);

INSERT INTO revinfo (rev, revtstmp, actor_id, actor_name, reason)
VALUES (nextval('revinfo_seq'), (extract(epoch FROM now()) * 1000)::bigint, 'system:kpi-service', 'kpi-service',
        'Shipped KPI definitions (migration V2)');

INSERT INTO kpi_definition_aud (id, rev, revtype, code, name, description, unit, category, direction, aggregation,
                                periodicity, source, created_at)
SELECT id, currval('revinfo_seq'), 0, code, name, description, unit, category, direction, aggregation, periodicity,
       source, created_at
FROM kpi_definition;
