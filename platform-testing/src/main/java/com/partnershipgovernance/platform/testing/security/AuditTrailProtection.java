package com.partnershipgovernance.platform.testing.security;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves through a service's own datasource (the application role) that the audit trail cannot be
 * changed: an UPDATE, a DELETE and a TRUNCATE of {@code revinfo} and on every {@code *_aud} table fail with
 * "permission denied", while an INSERT is allowed (Envers must keep writing the trail).
 */
public final class AuditTrailProtection {

    private AuditTrailProtection() {
    }

    /** Asserts the protection on every audit table of the datasource's schema, which must hold some. */
    public static void assertAuditTablesRefuseUpdateAndDelete(DataSource applicationDataSource) throws SQLException {
        List<String> refusedRewrites = new ArrayList<>();
        List<String> tables = auditTables(applicationDataSource);
        assertTrue(tables.contains("revinfo"), () -> "no revinfo among " + tables);
        assertTrue(tables.size() > 1, () -> "no *_aud table among " + tables);
        for (String table : tables) {
            for (String statement : List.of("UPDATE " + table + " SET rev = rev", "DELETE FROM " + table,
                    "TRUNCATE " + table + " CASCADE")) {
                String failure = failureOf(applicationDataSource, statement);
                if (failure == null || !failure.contains("permission denied")) {
                    refusedRewrites.add(statement + " -> " + (failure == null ? "succeeded" : failure));
                }
            }
            assertTrue(hasPrivilege(applicationDataSource, table, "INSERT"), table + " must accept INSERT");
        }
        assertEquals(List.of(), refusedRewrites, "audit rows the application role could change");
    }

    private static List<String> auditTables(DataSource ds) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                     + " AND (tablename = 'revinfo' OR tablename LIKE '%\\_aud') ORDER BY tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertFalse(tables.isEmpty(), "no audit tables visible to the application role");
        return tables;
    }

    /** The error message of {@code sql} run as the application role and rolled back, or null if it ran. */
    private static String failureOf(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static boolean hasPrivilege(DataSource ds, String table, String privilege) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT has_table_privilege(current_user, '" + table + "', '"
                     + privilege + "')")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
