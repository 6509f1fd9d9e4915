-- Targets and RAG thresholds per KPI, per partner (partner_id) or the portfolio default (partner_id null).
CREATE TABLE rag_threshold (
    id              uuid PRIMARY KEY,
    kpi_code        text        NOT NULL REFERENCES kpi_definition (code),
    partner_id      uuid        REFERENCES known_partner (id),
    target          numeric     NOT NULL,
    green_threshold numeric     NOT NULL,
    red_threshold   numeric     NOT NULL,
    valid_from      date        NOT NULL,
    valid_until     date,
    comment         text,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX rag_threshold_scope ON rag_threshold (kpi_code, partner_id, valid_from);

CREATE TABLE rag_threshold_aud (
    id              uuid     NOT NULL,
    rev             bigint   NOT NULL REFERENCES revinfo (rev),
    revtype         smallint,
    kpi_code        text,
    partner_id      uuid,
    target          numeric,
    green_threshold numeric,
    red_threshold   numeric,
    valid_from      date,
    valid_until     date,
    comment         text,
    created_at      timestamptz,
    PRIMARY KEY (id, rev)
);
