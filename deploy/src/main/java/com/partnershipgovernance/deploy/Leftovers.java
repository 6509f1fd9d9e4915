package com.partnershipgovernance.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Processes of an earlier launcher on the same data directory that it could not stop because it
 * was killed ({@code kill -9}, a crash): the service JVMs (their pids are kept in
 * {@code <data-dir>/services.pid}) and the daemonised PostgreSQL ({@code postmaster.pid}).
 * A process counts only if its command line still names the data directory, so a reused pid is left alone.
 */
final class Leftovers {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final Path dataDir;

    Leftovers(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Stops the leftovers, services first: PostgreSQL's default shutdown waits for their connections. */
    void stop() {
        List<ProcessHandle> services = servicePids().stream().flatMap(pid -> leftover(pid, "service").stream())
                .toList();
        services.forEach(ProcessHandle::destroy);
        services.forEach(Leftovers::awaitExit);
        postgresPid().flatMap(pid -> leftover(pid, "PostgreSQL")).ifPresent(postgres -> {
            postgres.destroy();
            awaitExit(postgres);
        });
    }

    /** Remembers the running services' pids until {@link #forget()}. */
    void record(List<ServiceProcess> services) {
        String pids = services.stream().map(ServiceProcess::process).filter(p -> p != null)
                .map(p -> p.pid() + System.lineSeparator()).collect(Collectors.joining());
        try {
            Files.writeString(pidFile(), pids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the pids after a clean stop; a file that cannot be deleted only costs a check next time. */
    void forget() {
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            System.err.println("Could not delete " + pidFile() + ": " + e.getMessage());
        }
    }

    private Path pidFile() {
        return dataDir.resolve("services.pid");
    }

    private List<Long> servicePids() {
        try {
            if (!Files.exists(pidFile())) {
                return List.of();
            }
            return Files.readAllLines(pidFile()).stream().map(String::trim).filter(l -> !l.isEmpty())
                    .map(Long::parseLong).toList();
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
    }

    private Optional<Long> postgresPid() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<ProcessHandle> leftover(long pid, String what) {
        String marker = dataDir + File.separator;
        Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                .filter(h -> h.info().commandLine().orElse("").contains(marker));
        handle.ifPresent(h -> System.out.println("Stopping " + what + " (pid " + pid
                + ") left over from an earlier run on " + dataDir));
        return handle;
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            try {
                process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
                process.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (TimeoutException | ExecutionException e) {
            System.err.println("Could not stop pid " + process.pid() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
