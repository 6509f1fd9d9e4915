CREATE TABLE site (
    id         uuid PRIMARY KEY,
    partner_id uuid   NOT NULL REFERENCES partner (id),
    name       text   NOT NULL,
    country    text   NOT NULL,
    version    bigint NOT NULL
);
CREATE INDEX site_partner ON site (partner_id);

CREATE TABLE site_aud (
    id         uuid     NOT NULL,
    rev        bigint   NOT NULL REFERENCES revinfo (rev),
    revtype    smallint,
    partner_id uuid,
    name       text,
    country    text,
    PRIMARY KEY (id, rev)
);

CREATE TABLE gmp_certificate (
    id                  uuid PRIMARY KEY,
    site_id             uuid   NOT NULL REFERENCES site (id),
    partner_id          uuid   NOT NULL REFERENCES partner (id),
    issuing_authority   text   NOT NULL,
    certificate_number  text   NOT NULL,
    issued_on           date   NOT NULL,
    expires_on          date   NOT NULL CHECK (expires_on > issued_on),
    scope               text   NOT NULL,
    expiry_announced_at timestamptz,
    version             bigint NOT NULL
);
CREATE INDEX gmp_certificate_expiry ON gmp_certificate (expires_on);

CREATE TABLE gmp_certificate_aud (
    id                 uuid     NOT NULL,
    rev                bigint   NOT NULL REFERENCES revinfo (rev),
    revtype            smallint,
    site_id            uuid,
    partner_id         uuid,
    issuing_authority  text,
    certificate_number text,
    issued_on          date,
    expires_on         date,
    scope              text,
    PRIMARY KEY (id, rev)
);
