package com.partnershipgovernance.platform.partners;

import com.partnershipgovernance.platform.testing.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module's migration replaces each consuming service's own {@code V1__known_partners.sql}: on a database those
 * created, Flyway validates it only if it has the very checksum each service's copy recorded.
 */
class KnownPartnersMigrationTest {

    /** The checksum of the module's V1__known_partners.sql. */
    private static final int MODULE_CHECKSUM = -1517368700;

    private static LocalPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            postgres = LocalPostgres.ephemeral(socket.getLocalPort());
        }
        postgres.start();
    }

    @AfterAll
    static void stop() {
        postgres.stop();
    }

    @ParameterizedTest
    @CsvSource({
            // the checksums the services' own V1__known_partners.sql recorded (up to commit caab8c0)
            "agreement-service, -1555577764",
            "kpi-service, 354246236",
            "risk-service, -391895125"
    })
    void aDatabaseThatRanTheServicesOwnCopyValidatesAndMigratesOn(String service, int recorded) {
        String database = service.replace("-service", "_existing");
        postgres.ensureServiceDatabase(database);
        flyway(database).migrate();
        execute(database, "UPDATE flyway_schema_history SET checksum = " + recorded + " WHERE version = '1'");

        assertThat(flyway(database).migrate().success).isTrue();
        assertThat(checksumOfVersion1(database)).isEqualTo(MODULE_CHECKSUM);
    }

    @Test
    void aNewDatabaseGetsTheTable() {
        postgres.ensureServiceDatabase("fresh_partners");
        flyway("fresh_partners").migrate();

        assertThat(checksumOfVersion1("fresh_partners")).isEqualTo(MODULE_CHECKSUM);
        assertThat(postgres.queryForLong("fresh_partners", "SELECT count(*) FROM known_partner")).isZero();
    }

    @Test
    void anUnknownChecksumStillFailsValidation() {
        postgres.ensureServiceDatabase("tampered_partners");
        flyway("tampered_partners").migrate();
        execute("tampered_partners", "UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'");

        assertThatThrownBy(() -> flyway("tampered_partners").migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
    }

    private static Flyway flyway(String database) {
        return Flyway.configure().dataSource(postgres.jdbcUrl(database), "postgres", "postgres")
                .locations("classpath:db/known-partners").load();
    }

    private static long checksumOfVersion1(String database) {
        return postgres.queryForLong(database, "SELECT checksum FROM flyway_schema_history WHERE version = '1'");
    }

    private static void execute(String database, String sql) {
        try (Connection c = postgres.superuserConnection(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
