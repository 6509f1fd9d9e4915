package com.partnershipgovernance.kpi.status;

import com.partnershipgovernance.platform.testing.LocalPostgres;
import com.partnershipgovernance.platform.testing.ServiceDatabase;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V10 gives every KPI status the latest two values from the measurements stored before it, and a status to each
 * KPI and partner measured without one, keeping the RAG a status already had.
 */
class KpiStatusLatestValuesMigrationTest {

    private static final String PARTNER = "7d1e0c55-0000-4000-8000-000000000001";

    @Test
    void existingMeasurementsFillTheStatusesLatestTwoValues() throws SQLException {
        LocalPostgres postgres = TestInfrastructure.get().postgres();
        ServiceDatabase database = postgres.ensureServiceDatabase("kpi_v10_migration");
        migrate(database, "9");
        try (Connection c = postgres.superuserConnection(database.name()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO known_partner (id, legal_name, version) VALUES ('" + PARTNER + "', 'Old Partner', 0)");
            measurement(s, "QUERY_RESPONSE_TIME", "2026-03", "2026-03-01", "30");
            measurement(s, "QUERY_RESPONSE_TIME", "2026-05", "2026-05-01", "50");
            measurement(s, "QUERY_RESPONSE_TIME", "2026-04", "2026-04-01", "40");
            measurement(s, "BUDGET_VARIANCE", "2026-05", "2026-05-01", "3.5");
            s.execute("INSERT INTO kpi_status (id, kpi_code, partner_id, rag, period, version) VALUES "
                    + "(gen_random_uuid(), 'QUERY_RESPONSE_TIME', '" + PARTNER + "', 'RED', '2026-05', 4)");
        }

        migrate(database, "latest");

        try (Connection c = postgres.superuserConnection(database.name()); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT kpi_code, rag, period, period_start, value, previous_period, "
                     + "previous_value, version FROM kpi_status WHERE partner_id = '" + PARTNER + "' ORDER BY kpi_code")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("kpi_code")).isEqualTo("BUDGET_VARIANCE");
            assertThat(rows.getString("rag")).isNull();
            assertThat(rows.getString("period")).isEqualTo("2026-05");
            assertThat(rows.getBigDecimal("value")).isEqualByComparingTo("3.5");
            assertThat(rows.getString("previous_period")).isNull();
            assertThat(rows.getBigDecimal("previous_value")).isNull();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("kpi_code")).isEqualTo("QUERY_RESPONSE_TIME");
            assertThat(rows.getString("rag")).isEqualTo("RED");
            assertThat(rows.getString("period")).isEqualTo("2026-05");
            assertThat(rows.getString("period_start")).isEqualTo("2026-05-01");
            assertThat(rows.getBigDecimal("value")).isEqualByComparingTo("50");
            assertThat(rows.getString("previous_period")).isEqualTo("2026-04");
            assertThat(rows.getBigDecimal("previous_value")).isEqualByComparingTo("40");
            assertThat(rows.getLong("version")).isEqualTo(4);
            assertThat(rows.next()).isFalse();
        }
    }

    private static void migrate(ServiceDatabase database, String target) {
        Flyway.configure().dataSource(database.jdbcUrl(), database.ownerUser(), database.ownerPassword())
                .locations("classpath:db/platform", "classpath:db/known-partners", "classpath:db/migration")
                .target(target).load().migrate();
    }

    private static void measurement(Statement s, String kpiCode, String period, String start, String value)
            throws SQLException {
        s.execute("INSERT INTO measurement (id, kpi_code, partner_id, period, period_start, value, source, recorded_by, "
                + "recorded_by_name, recorded_at, version) VALUES (gen_random_uuid(), '" + kpiCode + "', '" + PARTNER
                + "', '" + period + "', '" + start + "', " + value + ", 'INTEGRATION', 'erp', 'ERP', now(), 0)");
    }
}
