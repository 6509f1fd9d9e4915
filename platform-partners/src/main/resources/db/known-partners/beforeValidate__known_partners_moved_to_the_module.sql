-- Until this module existed, agreement-, kpi- and risk-service each had their own V1__known_partners.sql, the same
-- table but for a comment naming the service, so each database recorded its own checksum. The module's migration
-- replaces those copies: a database that recorded one of them takes the module's checksum, then validates as before.
DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        UPDATE flyway_schema_history SET checksum = -1517368700
         WHERE version = '1' AND script = 'V1__known_partners.sql'
           AND checksum IN (-1555577764, 354246236, -391895125);
    END IF;
END
$$;
