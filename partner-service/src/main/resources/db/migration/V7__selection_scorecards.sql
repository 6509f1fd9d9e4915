-- Selection scorecards: versioned templates of weighted criteria, selections of candidate partners,
-- the evaluators' scores and the signed decision. Every table is audited (Envers, *_aud).

CREATE TABLE scorecard_template (
    id                  uuid PRIMARY KEY,
    family_id           uuid        NOT NULL,
    template_version    integer     NOT NULL CHECK (template_version >= 1),
    previous_version_id uuid REFERENCES scorecard_template (id),
    name                text        NOT NULL,
    description         text,
    scale_min           integer     NOT NULL CHECK (scale_min >= 0),
    scale_max           integer     NOT NULL CHECK (scale_max > scale_min),
    created_by          text        NOT NULL,
    created_by_name     text        NOT NULL,
    created_at          timestamptz NOT NULL,
    version             bigint      NOT NULL,
    -- two concurrent revisions of an in-use version cannot both become the next version
    UNIQUE (family_id, template_version)
);
CREATE INDEX scorecard_template_name ON scorecard_template (lower(name));

CREATE TABLE scorecard_template_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    family_id           uuid,
    template_version    integer,
    previous_version_id uuid,
    name                text,
    description         text,
    scale_min           integer,
    scale_max           integer,
    created_by          text,
    created_by_name     text,
    created_at          timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE scorecard_criterion (
    id          uuid PRIMARY KEY,
    template_id uuid    NOT NULL REFERENCES scorecard_template (id),
    sort_order  integer NOT NULL,
    code        text    NOT NULL,
    name        text    NOT NULL,
    description text,
    weight      integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    kind        text    NOT NULL,
    version     bigint  NOT NULL,
    UNIQUE (template_id, code)
);

CREATE TABLE scorecard_criterion_aud (
    id          uuid     NOT NULL,
    rev         bigint   NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    template_id uuid,
    sort_order  integer,
    code        text,
    name        text,
    description text,
    weight      integer,
    kind        text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE scorecard_criterion_function (
    criterion_id        uuid NOT NULL REFERENCES scorecard_criterion (id) ON DELETE CASCADE,
    evaluating_function text NOT NULL,
    PRIMARY KEY (criterion_id, evaluating_function)
);

CREATE TABLE scorecard_criterion_function_aud (
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    criterion_id        uuid     NOT NULL,
    evaluating_function text     NOT NULL,
    PRIMARY KEY (rev, criterion_id, evaluating_function)
);

CREATE TABLE selection (
    id                uuid PRIMARY KEY,
    title             text        NOT NULL,
    description       text,
    template_id       uuid        NOT NULL REFERENCES scorecard_template (id),
    owner_function    text        NOT NULL,
    status            text        NOT NULL,
    created_by        text        NOT NULL,
    created_by_name   text        NOT NULL,
    created_at        timestamptz NOT NULL,
    chosen_partner_id uuid REFERENCES partner (id),
    rationale         text,
    decided_by        text,
    decided_by_name   text,
    decided_at        timestamptz,
    signer_id         text,
    signer_name       text,
    signed_at         timestamptz,
    meaning           text,
    record_version    bigint,
    record_sha256     text,
    version           bigint      NOT NULL,
    CHECK (status <> 'DECIDED' OR (chosen_partner_id IS NOT NULL AND signer_id IS NOT NULL))
);
CREATE INDEX selection_template ON selection (template_id);
CREATE INDEX selection_status ON selection (status, created_at);

CREATE TABLE selection_aud (
    id                uuid     NOT NULL,
    rev               bigint   NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    title             text,
    description       text,
    template_id       uuid,
    owner_function    text,
    status            text,
    created_by        text,
    created_by_name   text,
    created_at        timestamptz,
    chosen_partner_id uuid,
    rationale         text,
    decided_by        text,
    decided_by_name   text,
    decided_at        timestamptz,
    signer_id         text,
    signer_name       text,
    signed_at         timestamptz,
    meaning           text,
    record_version    bigint,
    record_sha256     text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE selection_candidate (
    selection_id uuid NOT NULL REFERENCES selection (id),
    partner_id   uuid NOT NULL REFERENCES partner (id),
    PRIMARY KEY (selection_id, partner_id)
);

CREATE TABLE selection_candidate_aud (
    rev          bigint   NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    selection_id uuid     NOT NULL,
    partner_id   uuid     NOT NULL,
    PRIMARY KEY (rev, selection_id, partner_id)
);

-- one current score per evaluator, candidate and criterion; earlier values live in evaluator_score_aud
CREATE TABLE evaluator_score (
    id                   uuid PRIMARY KEY,
    selection_id         uuid        NOT NULL REFERENCES selection (id),
    candidate_partner_id uuid        NOT NULL REFERENCES partner (id),
    criterion_code       text        NOT NULL,
    evaluating_function  text        NOT NULL,
    evaluator_id         text        NOT NULL,
    evaluator_name       text        NOT NULL,
    score                integer     NOT NULL,
    comment              text        NOT NULL,
    scored_at            timestamptz NOT NULL,
    version              bigint      NOT NULL,
    UNIQUE (selection_id, candidate_partner_id, criterion_code, evaluator_id)
);

CREATE TABLE evaluator_score_aud (
    id                   uuid     NOT NULL,
    rev                  bigint   NOT NULL REFERENCES revinfo (rev),
    revtype              smallint,
    selection_id         uuid,
    candidate_partner_id uuid,
    criterion_code       text,
    evaluating_function  text,
    evaluator_id         text,
    evaluator_name       text,
    score                integer,
    comment              text,
    scored_at            timestamptz,
    PRIMARY KEY (id, rev)
);
