CREATE TABLE partner (
    id                   uuid PRIMARY KEY,
    legal_name           text        NOT NULL,
    type                 text        NOT NULL,
    qualification_status text        NOT NULL,
    registered_at        timestamptz NOT NULL,
    version              bigint      NOT NULL
);
CREATE INDEX partner_legal_name ON partner (lower(legal_name));

CREATE TABLE partner_aud (
    id                   uuid     NOT NULL,
    rev                  bigint   NOT NULL REFERENCES revinfo (rev),
    revtype              smallint,
    legal_name           text,
    type                 text,
    qualification_status text,
    registered_at        timestamptz,
    PRIMARY KEY (id, rev)
);
