package com.partnershipgovernance.agreement.shared;

import com.partnershipgovernance.platform.testing.LocalPostgres;
import com.partnershipgovernance.platform.testing.ServiceDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V10 turns the lists kept as text (JSON text, or ids separated by commas) into jsonb: what was stored before it,
 * audit rows included, reads as the same values after it, so that the history of records written before reads on.
 */
class JsonColumnsMigrationTest {

    private static final String A = "6f1c1f2e-0000-4000-8000-000000000001";
    private static final String B = "6f1c1f2e-0000-4000-8000-000000000002";

    @Test
    void listsStoredAsTextBeforeV10ReadAsTheSameJsonAfterIt() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.ephemeral(freePort()).start()) {
            ServiceDatabase db = postgres.ensureServiceDatabase("json_columns");
            migrate(db, "9");
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                s.execute("INSERT INTO revinfo (rev, revtstmp, actor_id, actor_name) VALUES (1, 0, 'u-legal', 'Lee')");
                s.execute("INSERT INTO msa_version_aud (id, rev, revtype, documents) VALUES (gen_random_uuid(), 1, 0, "
                        + "'[{\"title\":\"MSA signed copy\",\"uri\":\"https://dms.example.com/a.pdf\",\"sha256\":\"ab\"}]')");
                s.execute("INSERT INTO sow_version_aud (id, rev, revtype, activities, deliverables, escalation_path) "
                        + "VALUES (gen_random_uuid(), 1, 0, '[\"Tech transfer\",\"PPQ campaign\"]', "
                        + "'[{\"name\":\"PPQ batch records\",\"description\":null,\"responsibility\":\"PARTNER\"}]', '[]')");
                s.execute("INSERT INTO milestone_aud (id, rev, revtype, depends_on) VALUES (gen_random_uuid(), 1, 0, '"
                        + A + "," + B + "'), (gen_random_uuid(), 1, 1, ''), (gen_random_uuid(), 1, 2, NULL)");
                s.execute("INSERT INTO batch_aud (id, rev, revtype, deviation_ids) VALUES (gen_random_uuid(), 1, 0, '"
                        + A + "')");
            }
            migrate(db, "latest");
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                assertThat(column(s, "SELECT documents FROM msa_version_aud")).containsExactly(
                        "[{\"uri\": \"https://dms.example.com/a.pdf\", \"title\": \"MSA signed copy\", \"sha256\": \"ab\"}]");
                assertThat(column(s, "SELECT activities FROM sow_version_aud"))
                        .containsExactly("[\"Tech transfer\", \"PPQ campaign\"]");
                assertThat(column(s, "SELECT deliverables FROM sow_version_aud")).containsExactly(
                        "[{\"name\": \"PPQ batch records\", \"description\": null, \"responsibility\": \"PARTNER\"}]");
                assertThat(column(s, "SELECT depends_on FROM milestone_aud ORDER BY revtype"))
                        .containsExactly("[\"" + A + "\", \"" + B + "\"]", "[]", null);
                assertThat(column(s, "SELECT deviation_ids FROM batch_aud")).containsExactly("[\"" + A + "\"]");
                assertThat(column(s, "SELECT data_type FROM information_schema.columns WHERE table_name IN "
                        + "('msa_version', 'sow_version', 'milestone', 'batch', 'msa_version_aud', 'sow_version_aud', "
                        + "'milestone_aud', 'batch_aud') AND column_name IN ('documents', 'activities', 'deliverables', "
                        + "'escalation_path', 'depends_on', 'deviation_ids')")).hasSize(12).containsOnly("jsonb");
            }
        }
    }

    private static void migrate(ServiceDatabase db, String target) {
        Flyway.configure().dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())
                .locations("classpath:db/platform", "classpath:db/known-partners", "classpath:db/migration")
                .target(target).load().migrate();
    }

    private static Connection connect(ServiceDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
