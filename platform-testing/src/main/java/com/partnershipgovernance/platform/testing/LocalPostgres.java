package com.partnershipgovernance.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server from the zonky embedded binaries, for tests and the local launcher.
 * Each service gets its own database with two roles: an owner that Flyway migrates as, and an
 * application role that the service runs as (it gets only the grants the migrations give it).
 */
public final class LocalPostgres implements AutoCloseable {

    private final int port;
    private final Path dataDirectory;
    private final boolean keepData;
    private EmbeddedPostgres server;

    private LocalPostgres(int port, Path dataDirectory, boolean keepData) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.keepData = keepData;
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts. */
    public static LocalPostgres persistent(int port, Path dataDirectory) {
        return new LocalPostgres(port, Objects.requireNonNull(dataDirectory), true);
    }

    /** A throw-away server on the given port, data in a temporary directory. */
    public static LocalPostgres ephemeral(int port) {
        return new LocalPostgres(port, null, false);
    }

    public synchronized LocalPostgres start() {
        if (server != null) {
            return this;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    // whoever started the server stops it, in order (services, Kafka, then PostgreSQL)
                    .setRegisterShutdownHook(false);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(!keepData);
            }
            if (keepData) {
                // zonky turns fsync and synchronous_commit off for speed; data meant to survive needs them on, or a
                // crash loses commits already acknowledged (and whose outbox rows the relay may have published)
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            server = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    /**
     * Stops the server as {@code pg_ctl stop -m immediate} does (SIGQUIT to the postmaster: connections cut, no
     * checkpoint), for fault tests; {@link #start()} brings it back on the same port and data, recovering from the
     * write-ahead log. Only for a {@link #persistent} server, whose data outlives the stop.
     */
    public synchronized void stopImmediately() {
        if (server == null) {
            return;
        }
        if (!keepData) {
            throw new IllegalStateException("Only a persistent server can be stopped and started with its data");
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL process " + pid));
            Process quit = new ProcessBuilder("kill", "-QUIT", String.valueOf(pid)).inheritIO().start();
            if (quit.waitFor() != 0) {
                throw new IllegalStateException("kill -QUIT " + pid + " failed");
            }
            postmaster.onExit().get(60, TimeUnit.SECONDS);
            // releases zonky's lock on the data directory; its own pg_ctl stop finds no server and says so
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop on SIGQUIT", e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * Creates (if absent) the database {@code name} owned by {@code <name>_owner}, and the
     * application role {@code <name>_app} that may connect and use the schema but owns nothing.
     */
    public ServiceDatabase ensureServiceDatabase(String name) {
        ServiceDatabase db = new ServiceDatabase(name, jdbcUrl(name), name + "_owner", name + "_owner",
                name + "_app", name + "_app");
        try (Connection c = superuserConnection("postgres"); Statement s = c.createStatement()) {
            createRoleIfAbsent(s, db.ownerUser(), db.ownerPassword());
            createRoleIfAbsent(s, db.appUser(), db.appPassword());
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name + " OWNER " + db.ownerUser());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        try (Connection c = superuserConnection(name); Statement s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO " + db.ownerUser());
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("GRANT USAGE ON SCHEMA public TO " + db.appUser());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare schema of " + name, e);
        }
        return db;
    }

    /** A connection as the server's superuser, for set-up and for tests that inspect a database. */
    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    /** The single number {@code sql} answers in {@code database}, read as the superuser (for test assertions). */
    public long queryForLong(String database, String sql) {
        try (Connection c = superuserConnection(database); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("No row for: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    private static void createRoleIfAbsent(Statement s, String role, String password) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (rs.next()) {
                return;
            }
        }
        s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
    }
}
