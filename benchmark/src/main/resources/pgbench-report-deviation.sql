-- The transaction of POST /deviations (report a deviation, with an Idempotency-Key) in agreement-service, statement
-- by statement as it reaches PostgreSQL. Captured on 2026-11-27 by sampling pg_stat_activity (query of the
-- agreement_app sessions, every 2 ms) during deploy/bench's write phase: claim the key (INSERT ... ON CONFLICT),
-- read the partner, the SOW and the quality agreement in force, insert the deviation and its outbox event, take
-- the next revinfo_seq, insert the Envers revision and audit row, store the answer under the key, COMMIT.
-- Hibernate's column lists are kept; its selects are written with the same tables, keys and filters.
-- The outbox row is inserted already marked published (published_at = now(), where the service writes NULL and
-- its relay marks it later): otherwise the relay would publish every pgbench row and the consumers would spend the
-- measurement, and the minutes after it, on them. The one difference: the row skips the partial index of pending rows.
-- Run as agreement_app with -D partner=<uuid> -D sow=<uuid> of a real SOW.
\set n random(1, 2000000000)
BEGIN;
INSERT INTO idempotency_record (caller, idempotency_key, fingerprint, created_at) VALUES ('local-admin', 'pgbench-' || :n, md5(:n::text), now()) ON CONFLICT DO NOTHING;
SELECT kp.id, kp.engagement_model, kp.legal_name, kp.qualification_status, kp.type, kp.updated_at, kp.version FROM known_partner kp WHERE kp.id = :partner;
SELECT s.* FROM sow s WHERE s.id = :sow;
SELECT v.*, a.* FROM quality_agreement_version v JOIN quality_agreement a ON a.id = v.quality_agreement_id WHERE a.partner_id = :partner AND v.status IN ('EXECUTED', 'SUSPENDED') AND v.effective_on <= current_date - 1 AND (v.expires_on IS NULL OR v.expires_on >= current_date - 1) ORDER BY v.effective_on DESC, v.created_at DESC FETCH FIRST 1 ROWS ONLY;
INSERT INTO deviation (batch_number, category, closed_on, created_at, description, external_ref, investigation, notified_on_time, occurred_on, partner_id, reported_by, reported_on, root_cause, severity, meaning, record_sha256, record_version, signed_at, signer_id, signer_name, sow_id, status, updated_at, version, id) VALUES ('DS-2027-' || :n, 'OOS_RESULT', NULL, now(), 'Assay result 91.2% against a specification of 95-105%', NULL, NULL, NULL, current_date - 1, :partner, 'local-admin', current_date, NULL, 'MAJOR', NULL, NULL, NULL, NULL, NULL, NULL, :sow, 'REPORTED', now(), 0, gen_random_uuid());
INSERT INTO outbox_event (aggregate_id, aggregate_type, ce_type, occurred_at, payload, published_at, topic, id) VALUES (gen_random_uuid()::text, 'deviation', 'com.partnershipgovernance.deviation.reported.v1', now(), '{"deviationId":"00000000-0000-0000-0000-000000000000","partnerId":"' || :partner::text || '","sowId":"' || :sow::text || '","batchNumber":"DS-2027-0042","externalRef": null,"category":"OOS_RESULT","severity":"MAJOR","occurredOn":"2026-11-26","reportedOn":"2026-11-27","notifiedOnTime": null,"status":"REPORTED","reportedBy":"local-admin"}', now(), 'agreement.deviations.v1', gen_random_uuid());
SELECT nextval('revinfo_seq') \gset
INSERT INTO revinfo (actor_id, actor_name, reason, revtstmp, rev) VALUES ('local-admin', 'Local Administrator', NULL, (extract(epoch FROM now()) * 1000)::bigint, :nextval);
INSERT INTO deviation_aud (revtype, batch_number, category, closed_on, created_at, description, external_ref, investigation, notified_on_time, occurred_on, partner_id, reported_by, reported_on, root_cause, severity, meaning, record_sha256, record_version, signed_at, signer_id, signer_name, sow_id, status, rev, id) VALUES (0, 'DS-2027-' || :n, 'OOS_RESULT', NULL, now(), 'Assay result 91.2% against a specification of 95-105%', NULL, NULL, NULL, current_date - 1, :partner, 'local-admin', current_date, NULL, 'MAJOR', NULL, NULL, NULL, NULL, NULL, NULL, :sow, 'REPORTED', :nextval, gen_random_uuid());
UPDATE idempotency_record SET status = 201, body = '{"id":"00000000-0000-0000-0000-000000000000","status":"REPORTED"}', location = 'http://localhost/deviations/00000000-0000-0000-0000-000000000000', etag = '"0"' WHERE caller = 'local-admin' AND idempotency_key = 'pgbench-' || :n;
COMMIT;
