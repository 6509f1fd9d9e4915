package com.partnershipgovernance.platform.database;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * After every migration, grants the service's application role what it needs and no more: full
 * DML on its tables, but only SELECT and INSERT on the audit tables ({@code revinfo}, {@code *_aud}),
 * so nobody can alter the audit trail through the application. Flyway runs as the owner role.
 */
final class ApplicationRoleGrants implements Callback {

    private static final String GRANTS = """
            DO $grants$
            DECLARE
                app text := current_setting('platform.app_role');
                t record;
            BEGIN
                IF app = '' OR app = current_user THEN
                    RAISE NOTICE 'Application role is the owner: audit tables are not protected by grants';
                    RETURN;
                END IF;
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
                FOR t IN SELECT c.relname, c.relkind FROM pg_class c
                         JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S') LOOP
                    IF t.relkind = 'S' THEN
                        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO %I', t.relname, app);
                    ELSIF t.relname = 'flyway_schema_history' THEN
                        EXECUTE format('REVOKE ALL ON TABLE %I FROM %I', t.relname, app);
                        EXECUTE format('GRANT SELECT ON TABLE %I TO %I', t.relname, app);
                    ELSIF t.relname = 'revinfo' OR t.relname LIKE '%\\_aud' THEN
                        EXECUTE format('REVOKE ALL ON TABLE %I FROM %I', t.relname, app);
                        EXECUTE format('GRANT SELECT, INSERT ON TABLE %I TO %I', t.relname, app);
                    ELSE
                        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO %I', t.relname, app);
                    END IF;
                END LOOP;
            END
            $grants$""";

    private final String applicationRole;

    ApplicationRoleGrants(String applicationRole) {
        this.applicationRole = applicationRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try (PreparedStatement role = connection.prepareStatement("SELECT set_config('platform.app_role', ?, false)");
             Statement grants = connection.createStatement()) {
            role.setString(1, applicationRole == null ? "" : applicationRole);
            role.execute();
            grants.execute(GRANTS);
        } catch (SQLException e) {
            throw new IllegalStateException("Granting the application role " + applicationRole + " failed", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application-role-grants";
    }
}
