CREATE TABLE specimen (
    id          uuid PRIMARY KEY,
    name        text   NOT NULL,
    status      text   NOT NULL,
    version     bigint NOT NULL,
    signer_id   text,
    signer_name text,
    signed_at   timestamptz,
    meaning     text,
    record_version bigint,
    record_sha256  text
);
CREATE TABLE specimen_aud (
    id      uuid    NOT NULL,
    rev     bigint  NOT NULL REFERENCES revinfo (rev),
    revtype smallint,
    name    text,
    status  text,
    PRIMARY KEY (id, rev)
);
CREATE TABLE received_specimen (
    id           uuid PRIMARY KEY,
    name         text    NOT NULL,
    applications integer NOT NULL
);
