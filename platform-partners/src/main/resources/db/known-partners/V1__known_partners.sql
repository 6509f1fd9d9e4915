-- a consuming service's read model of partners, from partner.events.v1 (module platform-partners)
CREATE TABLE known_partner (
    id                   uuid PRIMARY KEY,
    legal_name           text,
    type                 text,
    qualification_status text,
    engagement_model     text,
    updated_at           timestamptz,
    version              bigint NOT NULL
);
