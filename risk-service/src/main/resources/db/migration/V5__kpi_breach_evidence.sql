-- A KPI breach is linked to a live risk as evidence: a rule firing with outcome LINKED.
ALTER TABLE rule_firing DROP CONSTRAINT rule_firing_outcome_check;
ALTER TABLE rule_firing ADD CONSTRAINT rule_firing_outcome_check
    CHECK (outcome IN ('RAISED', 'RESCORED', 'PROPOSED', 'LINKED', 'NO_CHANGE'));
CREATE INDEX rule_firing_partner_subject ON rule_firing (partner_id, policy, subject_ref);
