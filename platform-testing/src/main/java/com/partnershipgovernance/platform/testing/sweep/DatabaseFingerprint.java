package com.partnershipgovernance.platform.testing.sweep;

import com.partnershipgovernance.platform.testing.TestInfrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The contents of a database as one line per table (row count and the MD5 of its rows in a fixed
 * order), to prove that a run of rejected requests changed nothing. Tables that background work
 * changes on its own are left out by name.
 */
public final class DatabaseFingerprint {

    private final Supplier<Connection> connections;
    private final Set<String> excludedTables;
    private List<String> tables;

    /**
     * @param connections    opens a connection that may read every table (e.g. as the superuser)
     * @param excludedTables tables background work changes by itself (relay and consumer bookkeeping, Flyway)
     */
    public DatabaseFingerprint(Supplier<Connection> connections, Set<String> excludedTables) {
        this.connections = connections;
        this.excludedTables = excludedTables;
    }

    /**
     * The database {@code name} on the test JVM's embedded PostgreSQL, read as the superuser, without
     * the tables that change with no request: {@code outbox_event} (the relay marks rows published and
     * purges them), {@code processed_event} (consumers record events from the broker) and Flyway's
     * history; plus {@code moreExcluded} (a service's own read models fed by events, say why).
     */
    public static DatabaseFingerprint ofTestDatabase(String name, String... moreExcluded) {
        Set<String> excluded = new java.util.HashSet<>(Set.of("flyway_schema_history", "outbox_event", "processed_event"));
        excluded.addAll(List.of(moreExcluded));
        return new DatabaseFingerprint(() -> {
            try {
                return TestInfrastructure.get().postgres().superuserConnection(name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to database " + name, e);
            }
        }, Set.copyOf(excluded));
    }

    /** Table name to {@code rows:md5} now. */
    public Map<String, String> take() {
        try (Connection c = connections.get(); Statement s = c.createStatement()) {
            if (tables == null) {
                tables = tablesOf(s);
            }
            StringBuilder sql = new StringBuilder();
            for (String table : tables) {
                if (!sql.isEmpty()) {
                    sql.append(" UNION ALL ");
                }
                sql.append("SELECT '").append(table).append("', count(*) || ':' || md5(coalesce(string_agg(t::text, "
                        + "'|' ORDER BY t::text), '')) FROM \"").append(table).append("\" t");
            }
            Map<String, String> fingerprint = new TreeMap<>();
            try (ResultSet rs = s.executeQuery(sql.toString())) {
                while (rs.next()) {
                    fingerprint.put(rs.getString(1), rs.getString(2));
                }
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fingerprint the database", e);
        }
    }

    /** The tables whose fingerprint differs between {@code before} and {@code after}. */
    public static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, print) -> {
            if (!print.equals(before.get(table))) {
                changed.add(table + " (" + before.get(table) + " -> " + print + ")");
            }
        });
        return changed;
    }

    private List<String> tablesOf(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                if (!excludedTables.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
