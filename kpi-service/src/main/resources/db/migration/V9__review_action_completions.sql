-- The completion of an action a signed steering-committee review gave: kept beside the review, so that
-- closing an action does not change what the chair signed.
CREATE TABLE review_action_completion (
    id                uuid PRIMARY KEY,
    review_id         uuid        NOT NULL REFERENCES steering_committee_review (id),
    action_index      integer     NOT NULL CHECK (action_index >= 0),
    completed_on      date        NOT NULL,
    note              text,
    completed_by      text        NOT NULL,
    completed_by_name text        NOT NULL,
    completed_at      timestamptz NOT NULL,
    version           bigint      NOT NULL,
    UNIQUE (review_id, action_index)
);

CREATE TABLE review_action_completion_aud (
    id                uuid     NOT NULL,
    rev               bigint   NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    review_id         uuid,
    action_index      integer,
    completed_on      date,
    note              text,
    completed_by      text,
    completed_by_name text,
    completed_at      timestamptz,
    PRIMARY KEY (id, rev)
);
