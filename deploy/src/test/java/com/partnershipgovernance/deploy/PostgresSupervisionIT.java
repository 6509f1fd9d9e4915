package com.partnershipgovernance.deploy;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code deploy/run --infra-only} keeps its PostgreSQL running: a postmaster killed with {@code kill -9} is started
 * again on its data, and one that cannot be started again stops the platform with the reason.
 */
class PostgresSupervisionIT {

    private Path dataDir;
    private int pgPort;
    private LauncherProcess launcher;

    @BeforeEach
    void startInfrastructure() throws Exception {
        dataDir = Files.createTempDirectory("pg-supervision-it");
        pgPort = TestInfrastructure.freePort();
        int kafkaPort = TestInfrastructure.freePorts(2);
        launcher = LauncherProcess.start(List.of("--infra-only", "--data-dir", dataDir.toString(),
                "--pg-port", String.valueOf(pgPort), "--kafka-port", String.valueOf(kafkaPort)))
                .awaitLine("PostgreSQL and Kafka are up", Duration.ofMinutes(2));
    }

    @AfterEach
    void stopInfrastructure() throws Exception {
        if (launcher != null) {
            launcher.stopQuietly(Duration.ofSeconds(90));
        }
    }

    @Test
    void postgresKilledIsStartedAgainOnItsDataWithoutRestartingThePlatform() throws Exception {
        execute("CREATE TABLE survivor (name text)", "INSERT INTO survivor VALUES ('kept across the crash')");
        ProcessHandle killed = postmaster();

        killed.destroyForcibly();

        await().atMost(Duration.ofSeconds(60)).until(() -> postmasterIfRunning().filter(p -> p.pid() != killed.pid())
                .isPresent() && survivor().equals("kept across the crash"));
        assertThat(launcher.isAlive()).isTrue();
        assertThat(launcher.output())
                .anyMatch(line -> line.contains("PostgreSQL (pid " + killed.pid() + ") exited unexpectedly"));
        assertThat(launcher.terminate(Duration.ofSeconds(90))).as("launcher stops on SIGTERM").isTrue();
        assertThat(launcher.exitValue()).isEqualTo(128 + 15);
        assertThat(postmasterIfRunning()).as("PostgreSQL stopped with the platform").isEmpty();
    }

    @Test
    void postgresThatCannotBeStartedAgainStopsThePlatformWithTheReason() throws Exception {
        // read only at the next start: the running server is unaffected, the restarted one refuses to start
        Files.writeString(dataDir.resolve("postgres").resolve("postgresql.conf"),
                System.lineSeparator() + "this line is not a setting" + System.lineSeparator(),
                StandardOpenOption.APPEND);

        postmaster().destroyForcibly();

        // each attempt waits up to LocalPostgres's start-up limit (60 s) for a server that never comes
        assertThat(launcher.waitFor(Duration.ofMinutes(5))).as("launcher stops:%n%s", launcher.transcript())
                .isTrue();
        assertThat(launcher.exitValue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(launcher.output())
                .anyMatch(line -> line.contains("PostgreSQL exited and could not be started again on " + dataDir))
                .anyMatch(line -> line.contains("Stopping the platform."))
                .anyMatch(line -> line.contains("Stopped.")));
        assertThat(postmasterIfRunning()).as("no PostgreSQL left behind").isEmpty();
    }

    private ProcessHandle postmaster() {
        return postmasterIfRunning().orElseThrow(() -> new AssertionError("PostgreSQL is not running"));
    }

    private java.util.Optional<ProcessHandle> postmasterIfRunning() {
        try {
            Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private String survivor() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM survivor")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres",
                "postgres");
    }
}
