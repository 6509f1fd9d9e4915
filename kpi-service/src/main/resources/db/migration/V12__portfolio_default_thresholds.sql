-- Portfolio-default targets and RAG thresholds for the eight shipped KPIs, so that a fresh platform reads RAG and
-- raises breaches from the first measurement. They are defaults: a partner's own thresholds take precedence, and
-- admin or quality replace a default by ending it (POST /thresholds/{id}/end) and setting a new one. The rationale
-- of each value is in docs/kpis.md and in each threshold's comment. Valid from 1900-01-01, the first period
-- kpi-service knows, so every measured period reads against them. A KPI that already has a portfolio default
-- (set by hand before this migration) keeps it: validities of the default never overlap.
INSERT INTO rag_threshold (id, kpi_code, partner_id, target, green_threshold, red_threshold, valid_from, valid_until,
                           comment, created_at, version)
SELECT d.id::uuid, d.kpi_code, NULL, d.target, d.green, d.red, DATE '1900-01-01', NULL, d.comment, now(), 0
FROM (VALUES
('0b6f1d7a-0101-4c1e-9a51-6b1f3e2a0101', 'ON_TIME_MILESTONE_RATE', 95, 90, 75,
 'Portfolio default: outsourcing scorecards expect 90 % or more of milestones on time; below 75 % the plan is not '
     || 'holding.'),
('0b6f1d7a-0102-4c1e-9a51-6b1f3e2a0102', 'RIGHT_FIRST_TIME_BATCH_RATE', 98, 95, 85,
 'Portfolio default: a capable GMP process releases 95 % or more of its batches right first time; below 85 % '
     || 'calls for a process investigation.'),
('0b6f1d7a-0103-4c1e-9a51-6b1f3e2a0103', 'DEVIATIONS_PER_BATCH', 0.1, 0.2, 0.5,
 'Portfolio default: at most one deviation in five batches is green; more than one in two batches is red.'),
('0b6f1d7a-0104-4c1e-9a51-6b1f3e2a0104', 'MEAN_DAYS_TO_CLOSE_DEVIATION', 30, 30, 60,
 'Portfolio default: quality agreements commonly ask for deviations closed within 30 days; over 60 days on '
     || 'average is red.'),
('0b6f1d7a-0105-4c1e-9a51-6b1f3e2a0105', 'DEVIATIONS_NOTIFIED_ON_TIME_RATE', 100, 95, 85,
 'Portfolio default: notification within the quality agreement''s timeline is a contractual duty; 95 % or '
     || 'more is green, below 85 % red.'),
('0b6f1d7a-0106-4c1e-9a51-6b1f3e2a0106', 'QUERY_RESPONSE_TIME', 24, 24, 48,
 'Portfolio default: an answer within one working day (24 h) is green; more than two working days (48 h) is red.'),
('0b6f1d7a-0107-4c1e-9a51-6b1f3e2a0107', 'BUDGET_VARIANCE', 0, 5, 10,
 'Portfolio default: spend up to 5 % over budget is green (under budget too); more than 10 % over is red.'),
('0b6f1d7a-0108-4c1e-9a51-6b1f3e2a0108', 'AUDIT_FINDINGS_PER_AUDIT', 3, 5, 10,
 'Portfolio default: up to 5 findings of every severity per sponsor audit is green; more than 10 is red.')
     ) AS d (id, kpi_code, target, green, red, comment)
WHERE NOT EXISTS (SELECT 1 FROM rag_threshold t WHERE t.kpi_code = d.kpi_code AND t.partner_id IS NULL);

INSERT INTO revinfo (rev, revtstmp, actor_id, actor_name, reason)
VALUES (nextval('revinfo_seq'), (extract(epoch FROM now()) * 1000)::bigint, 'system:kpi-service', 'kpi-service',
        'Shipped portfolio-default thresholds (migration V12)');

INSERT INTO rag_threshold_aud (id, rev, revtype, kpi_code, partner_id, target, green_threshold, red_threshold,
                               valid_from, valid_until, comment, created_at)
SELECT id, currval('revinfo_seq'), 0, kpi_code, partner_id, target, green_threshold, red_threshold, valid_from,
       valid_until, comment, created_at
FROM rag_threshold
WHERE id IN ('0b6f1d7a-0101-4c1e-9a51-6b1f3e2a0101', '0b6f1d7a-0102-4c1e-9a51-6b1f3e2a0102',
             '0b6f1d7a-0103-4c1e-9a51-6b1f3e2a0103', '0b6f1d7a-0104-4c1e-9a51-6b1f3e2a0104',
             '0b6f1d7a-0105-4c1e-9a51-6b1f3e2a0105', '0b6f1d7a-0106-4c1e-9a51-6b1f3e2a0106',
             '0b6f1d7a-0107-4c1e-9a51-6b1f3e2a0107', '0b6f1d7a-0108-4c1e-9a51-6b1f3e2a0108');
