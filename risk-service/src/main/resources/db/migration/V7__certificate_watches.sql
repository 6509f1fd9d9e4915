-- partner.certification-expiring opens a watch on the certificate: certificate-expiry-risk raises a
-- PARTNER_COMPLIANCE risk when its expiry date comes without a renewal recorded.
CREATE TABLE certificate_watch (
    id                  uuid PRIMARY KEY,
    partner_id          uuid        NOT NULL,
    site_id             uuid,
    certificate_id      text        NOT NULL,
    authority           text,
    expires_on          date        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('WATCHING', 'RENEWED', 'EXPIRED')),
    cause_event_id      text        NOT NULL,
    opened_at           timestamptz NOT NULL,
    renewal_ref         text,
    renewed_until       date,
    renewed_at          timestamptz,
    renewed_by          text,
    renewal_event_id    text,
    risk_id             uuid        REFERENCES risk (id),
    closed_at           timestamptz,
    version             bigint      NOT NULL,
    UNIQUE (partner_id, certificate_id)
);
CREATE INDEX certificate_watch_due ON certificate_watch (status, expires_on);

CREATE TABLE certificate_watch_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    partner_id          uuid,
    site_id             uuid,
    certificate_id      text,
    authority           text,
    expires_on          date,
    status              text,
    cause_event_id      text,
    opened_at           timestamptz,
    renewal_ref         text,
    renewed_until       date,
    renewed_at          timestamptz,
    renewed_by          text,
    renewal_event_id    text,
    risk_id             uuid,
    closed_at           timestamptz,
    PRIMARY KEY (id, rev)
);
