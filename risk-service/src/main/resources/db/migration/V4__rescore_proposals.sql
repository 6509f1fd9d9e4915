-- Re-score proposals: a rule that may not lower a score by itself (deviation closed) proposes a new
-- score, and the risk's owner accepts or rejects it in the review queue.
CREATE TABLE rescore_proposal (
    id                  uuid PRIMARY KEY,
    risk_id             uuid        NOT NULL REFERENCES risk (id),
    current_likelihood  integer     NOT NULL,
    current_impact      integer     NOT NULL,
    proposed_likelihood integer     NOT NULL CHECK (proposed_likelihood BETWEEN 1 AND 5),
    proposed_impact     integer     NOT NULL CHECK (proposed_impact BETWEEN 1 AND 5),
    reason              text        NOT NULL,
    cause_event_id      text,
    status              text        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    proposed_at         timestamptz NOT NULL,
    decided_by          text,
    decided_by_name     text,
    decided_at          timestamptz,
    decision_reason     text,
    version             bigint      NOT NULL,
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX rescore_proposal_pending ON rescore_proposal (proposed_at) WHERE status = 'PENDING';
CREATE INDEX rescore_proposal_risk ON rescore_proposal (risk_id);

CREATE TABLE rescore_proposal_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    risk_id             uuid,
    current_likelihood  integer,
    current_impact      integer,
    proposed_likelihood integer,
    proposed_impact     integer,
    reason              text,
    cause_event_id      text,
    status              text,
    proposed_at         timestamptz,
    decided_by          text,
    decided_by_name     text,
    decided_at          timestamptz,
    decision_reason     text,
    PRIMARY KEY (id, rev)
);

-- a firing may now propose a re-score instead of making one
ALTER TABLE rule_firing DROP CONSTRAINT rule_firing_outcome_check;
ALTER TABLE rule_firing ADD CONSTRAINT rule_firing_outcome_check
    CHECK (outcome IN ('RAISED', 'RESCORED', 'PROPOSED', 'NO_CHANGE'));
