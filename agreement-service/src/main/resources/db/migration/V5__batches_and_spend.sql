-- Spend an ERP posts against SOWs (invoices, purchase orders), each ERP reference once per SOW; and
-- manufacturing batches under MANUFACTURING SOWs with their disposition.
CREATE TABLE sow_spend_line (
    id           uuid PRIMARY KEY,
    sow_id       uuid           NOT NULL REFERENCES sow (id),
    external_ref text           NOT NULL,
    kind         text           NOT NULL,
    amount       numeric(17, 2) NOT NULL CHECK (amount >= 0),
    currency     text           NOT NULL,
    posted_on    date           NOT NULL,
    recorded_at  timestamptz    NOT NULL,
    version      bigint         NOT NULL,
    UNIQUE (sow_id, external_ref)
);

CREATE TABLE sow_spend_line_aud (
    id           uuid     NOT NULL,
    rev          bigint   NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    sow_id       uuid,
    external_ref text,
    kind         text,
    amount       numeric(17, 2),
    currency     text,
    posted_on    date,
    recorded_at  timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE batch (
    id                    uuid PRIMARY KEY,
    sow_id                uuid        NOT NULL REFERENCES sow (id),
    partner_id            uuid        NOT NULL,
    batch_number          text        NOT NULL,
    product               text        NOT NULL,
    manufactured_on       date        NOT NULL,
    disposition           text        NOT NULL,
    dispositioned_on      date,
    dispositioned_by      text,
    dispositioned_by_name text,
    dispositioned_at      timestamptz,
    disposition_reason    text,
    rework                boolean     NOT NULL,
    deviation_ids         text        NOT NULL,
    created_at            timestamptz NOT NULL,
    version               bigint      NOT NULL,
    UNIQUE (sow_id, batch_number)
);
CREATE INDEX batch_partner ON batch (partner_id);

CREATE TABLE batch_aud (
    id                    uuid     NOT NULL,
    rev                   bigint   NOT NULL REFERENCES revinfo (rev),
    revtype               smallint,
    sow_id                uuid,
    partner_id            uuid,
    batch_number          text,
    product               text,
    manufactured_on       date,
    disposition           text,
    dispositioned_on      date,
    dispositioned_by      text,
    dispositioned_by_name text,
    dispositioned_at      timestamptz,
    disposition_reason    text,
    rework                boolean,
    deviation_ids         text,
    created_at            timestamptz,
    PRIMARY KEY (id, rev)
);

-- SOWs are flagged for review when their partner is suspended or disqualified, like MSAs
ALTER TABLE sow ADD COLUMN review_flag_reason text;
ALTER TABLE sow ADD COLUMN review_flagged_at timestamptz;
ALTER TABLE sow_aud ADD COLUMN review_flag_reason text;
ALTER TABLE sow_aud ADD COLUMN review_flagged_at timestamptz;
