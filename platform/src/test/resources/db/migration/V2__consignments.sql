-- a partner's records and their children, confined by the partner-scope filter (PartnerScopeTest)
CREATE TABLE consignment (
    id         uuid PRIMARY KEY,
    partner_id uuid NOT NULL,
    label      text NOT NULL
);
CREATE TABLE consignment_note (
    id             uuid PRIMARY KEY,
    consignment_id uuid NOT NULL REFERENCES consignment (id),
    text           text NOT NULL
);
