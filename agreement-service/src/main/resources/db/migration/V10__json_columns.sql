-- Lists kept as one value (document references, a SOW's activities, deliverables and escalation path, a
-- milestone's dependencies, a batch's deviations) become jsonb, mapped by Hibernate's JSON type instead of
-- hand-written converters. The JSON text they held is cast as it is; the id lists, held as comma-separated
-- text, become JSON arrays of the same ids in the same order. Audit tables alike, so that history reads on.
ALTER TABLE msa_version ALTER COLUMN documents TYPE jsonb USING documents::jsonb;
ALTER TABLE msa_version_aud ALTER COLUMN documents TYPE jsonb USING documents::jsonb;

ALTER TABLE sow_version
    ALTER COLUMN activities TYPE jsonb USING activities::jsonb,
    ALTER COLUMN deliverables TYPE jsonb USING deliverables::jsonb,
    ALTER COLUMN escalation_path TYPE jsonb USING escalation_path::jsonb;
ALTER TABLE sow_version_aud
    ALTER COLUMN activities TYPE jsonb USING activities::jsonb,
    ALTER COLUMN deliverables TYPE jsonb USING deliverables::jsonb,
    ALTER COLUMN escalation_path TYPE jsonb USING escalation_path::jsonb;

ALTER TABLE milestone ALTER COLUMN depends_on TYPE jsonb
    USING coalesce(to_jsonb(string_to_array(nullif(depends_on, ''), ',')), '[]'::jsonb);
ALTER TABLE milestone_aud ALTER COLUMN depends_on TYPE jsonb
    USING CASE WHEN depends_on IS NULL THEN NULL ELSE coalesce(to_jsonb(string_to_array(nullif(depends_on, ''), ',')), '[]'::jsonb) END;

ALTER TABLE batch ALTER COLUMN deviation_ids TYPE jsonb
    USING coalesce(to_jsonb(string_to_array(nullif(deviation_ids, ''), ',')), '[]'::jsonb);
ALTER TABLE batch_aud ALTER COLUMN deviation_ids TYPE jsonb
    USING CASE WHEN deviation_ids IS NULL THEN NULL ELSE coalesce(to_jsonb(string_to_array(nullif(deviation_ids, ''), ',')), '[]'::jsonb) END;
