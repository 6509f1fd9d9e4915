-- Plumbing shared by every service (module platform). Service migrations start at V1.

-- Transactional outbox: written in the business transaction, published by the relay.
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic          text        NOT NULL,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    ce_type        text        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    payload        text        NOT NULL,
    published_at   timestamptz
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumption: one row per consumed event, written with the event's effect.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    ce_type      text        NOT NULL,
    ce_source    text,
    ce_subject   text,
    topic        text,
    outcome      text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key of creating POSTs: the first answer per caller and key.
CREATE TABLE idempotency_record (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL,
    fingerprint     text        NOT NULL,
    status          integer,
    body            text,
    location        text,
    etag            text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

-- Envers revisions with who and why; the application role may only insert and read them.
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE revinfo (
    rev        bigint PRIMARY KEY,
    revtstmp   bigint NOT NULL,
    actor_id   text   NOT NULL,
    actor_name text   NOT NULL,
    reason     text
);
