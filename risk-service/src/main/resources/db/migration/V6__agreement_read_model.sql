-- risk-service's read model of agreements, from agreement.status-changed on agreement.events.v1
CREATE TABLE known_agreement (
    id                uuid PRIMARY KEY,
    kind              text,
    partner_id        uuid        NOT NULL,
    msa_id            uuid,
    sow_kind          text,
    status            text        NOT NULL,
    agreement_version integer,
    updated_at        timestamptz,
    version           bigint      NOT NULL
);
CREATE INDEX known_agreement_partner ON known_agreement (partner_id, status);

-- the agreements a risk concerns beyond its one linked agreement (e.g. every active agreement of a
-- suspended partner)
CREATE TABLE risk_linked_agreement (
    risk_id      uuid NOT NULL REFERENCES risk (id),
    agreement_id uuid NOT NULL,
    PRIMARY KEY (risk_id, agreement_id)
);

CREATE TABLE risk_linked_agreement_aud (
    rev          bigint   NOT NULL REFERENCES revinfo (rev),
    revtype      smallint,
    risk_id      uuid     NOT NULL,
    agreement_id uuid     NOT NULL,
    PRIMARY KEY (rev, risk_id, agreement_id)
);
