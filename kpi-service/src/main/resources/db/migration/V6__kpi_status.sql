-- The current RAG of each KPI per partner (its latest measured period), to announce breaches once.
CREATE TABLE kpi_status (
    id         uuid PRIMARY KEY,
    kpi_code   text   NOT NULL REFERENCES kpi_definition (code),
    partner_id uuid   NOT NULL REFERENCES known_partner (id),
    rag        text   CHECK (rag IN ('GREEN', 'AMBER', 'RED')),
    period     text,
    changed_at timestamptz,
    version    bigint NOT NULL,
    UNIQUE (kpi_code, partner_id)
);
