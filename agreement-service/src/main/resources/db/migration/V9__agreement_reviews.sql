-- Routine periodic reviews of executed agreements (MSA, SOW, quality agreement). A review reschedules the
-- next review of the version in force without touching its signed terms: next_review_on, when set, replaces
-- the review date the terms agreed.
ALTER TABLE msa_version ADD COLUMN next_review_on date;
ALTER TABLE msa_version_aud ADD COLUMN next_review_on date;
ALTER TABLE sow_version ADD COLUMN next_review_on date;
ALTER TABLE sow_version_aud ADD COLUMN next_review_on date;
ALTER TABLE quality_agreement_version ADD COLUMN next_review_on date;
ALTER TABLE quality_agreement_version_aud ADD COLUMN next_review_on date;

-- One row per review, never updated.
CREATE TABLE agreement_review (
    id                 uuid PRIMARY KEY,
    agreement_id       uuid        NOT NULL,
    kind               text        NOT NULL,
    version_number     integer     NOT NULL,
    outcome            text        NOT NULL,
    comments           text,
    previous_review_on date,
    next_review_on     date        NOT NULL,
    reviewed_by        text        NOT NULL,
    reviewed_by_name   text,
    reviewed_at        timestamptz NOT NULL
);
CREATE INDEX agreement_review_agreement ON agreement_review (agreement_id, reviewed_at);

CREATE TABLE agreement_review_aud (
    id                 uuid     NOT NULL,
    rev                bigint   NOT NULL REFERENCES revinfo (rev),
    revtype            smallint,
    agreement_id       uuid,
    kind               text,
    version_number     integer,
    outcome            text,
    comments           text,
    previous_review_on date,
    next_review_on     date,
    reviewed_by        text,
    reviewed_by_name   text,
    reviewed_at        timestamptz,
    PRIMARY KEY (id, rev)
);
