-- What the sponsor learns of a partner as evaluation goes on.
ALTER TABLE partner ADD COLUMN service_model text;
ALTER TABLE partner ADD COLUMN headquarters_country text;
ALTER TABLE partner ADD COLUMN engagement_model text;
ALTER TABLE partner_aud ADD COLUMN service_model text;
ALTER TABLE partner_aud ADD COLUMN headquarters_country text;
ALTER TABLE partner_aud ADD COLUMN engagement_model text;

CREATE TABLE partner_modality (
    partner_id uuid NOT NULL REFERENCES partner (id),
    modality   text NOT NULL,
    PRIMARY KEY (partner_id, modality)
);
CREATE TABLE partner_capability (
    partner_id uuid NOT NULL REFERENCES partner (id),
    capability text NOT NULL,
    PRIMARY KEY (partner_id, capability)
);
CREATE TABLE partner_scale (
    partner_id uuid NOT NULL REFERENCES partner (id),
    scale      text NOT NULL,
    PRIMARY KEY (partner_id, scale)
);

CREATE TABLE partner_modality_aud (
    rev        bigint   NOT NULL REFERENCES revinfo (rev),
    revtype    smallint,
    partner_id uuid     NOT NULL,
    modality   text     NOT NULL,
    PRIMARY KEY (rev, partner_id, modality)
);
CREATE TABLE partner_capability_aud (
    rev        bigint   NOT NULL REFERENCES revinfo (rev),
    revtype    smallint,
    partner_id uuid     NOT NULL,
    capability text     NOT NULL,
    PRIMARY KEY (rev, partner_id, capability)
);
CREATE TABLE partner_scale_aud (
    rev        bigint   NOT NULL REFERENCES revinfo (rev),
    revtype    smallint,
    partner_id uuid     NOT NULL,
    scale      text     NOT NULL,
    PRIMARY KEY (rev, partner_id, scale)
);

CREATE INDEX partner_country ON partner (headquarters_country);
