package com.partnershipgovernance.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Keeps the launcher's PostgreSQL running. When the postmaster exits while the platform is up (a crash, a
 * {@code kill -9}, the kernel's out-of-memory killer), it is started again on the same data directory, where it
 * recovers from its write-ahead log; the services reconnect by themselves. If it cannot be started after
 * {@link #RETRY_DELAYS} attempts in a row, or dies more than {@link #MAX_RESTARTS} times within
 * {@link #RESTART_WINDOW}, the supervisor gives up: the platform is stopped with a message that says why, rather
 * than left running with services that can only answer 503.
 */
final class PostgresSupervisor {

    /** The wait before each start attempt: a killed postmaster's backends need a moment to release its memory. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMillis(500), Duration.ofSeconds(2),
            Duration.ofSeconds(5));
    static final int MAX_RESTARTS = 5;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);

    /** Starts PostgreSQL again; returns normally once it accepts connections, throws if it could not start. */
    interface Restart {
        void restart();
    }

    private final Path dataDirectory;
    private final Restart restart;
    private final Consumer<String> giveUp;
    private final PrintStream out;
    private final Deque<Instant> restarts = new ArrayDeque<>();
    private volatile boolean stopped;

    /**
     * @param dataDirectory PostgreSQL's data directory (its {@code postmaster.pid} names the process to watch)
     * @param restart       starts PostgreSQL again on that directory and port
     * @param giveUp        stops the platform, given the reason
     * @param out           where restarts are reported
     */
    PostgresSupervisor(Path dataDirectory, Restart restart, Consumer<String> giveUp, PrintStream out) {
        this.dataDirectory = dataDirectory;
        this.restart = restart;
        this.giveUp = giveUp;
        this.out = out;
    }

    /** Starts watching the running postmaster. */
    void start() {
        Thread watcher = new Thread(this::watch, "postgres-supervisor");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Stops watching: called before the platform stops PostgreSQL itself, so that stop is not taken for a crash.
     * The watcher is not interrupted: a start under way is left to finish, so the platform's stop finds the server.
     */
    void stop() {
        stopped = true;
    }

    private void watch() {
        while (!stopped) {
            Optional<ProcessHandle> postmaster = postmaster();
            long pid = postmaster.map(ProcessHandle::pid).orElse(-1L);
            try {
                if (postmaster.isPresent()) {
                    postmaster.get().onExit().get();
                }
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException e) {
                // onExit() of a process handle does not fail; a pid that is gone counts as an exit
            }
            if (stopped) {
                return;
            }
            out.printf("%nPostgreSQL (pid %d) exited unexpectedly; starting it again on %s ...%n", pid, dataDirectory);
            String failure = restartWithRetries();
            if (stopped) {
                return;
            }
            if (failure != null) {
                stopped = true;
                giveUp.accept(failure);
                return;
            }
        }
    }

    /** Restarts PostgreSQL; the reason to give up, or {@code null} once it runs again. */
    private String restartWithRetries() {
        Instant now = Instant.now();
        restarts.addLast(now);
        while (restarts.peekFirst().isBefore(now.minus(RESTART_WINDOW))) {
            restarts.removeFirst();
        }
        if (restarts.size() > MAX_RESTARTS) {
            return "PostgreSQL exited " + restarts.size() + " times within " + RESTART_WINDOW.toMinutes()
                    + " min; see its log in " + dataDirectory.resolve("log") + " and the system log";
        }
        String lastError = null;
        for (int attempt = 1; attempt <= RETRY_DELAYS.size(); attempt++) {
            try {
                Thread.sleep(RETRY_DELAYS.get(attempt - 1).toMillis());
            } catch (InterruptedException e) {
                return null;
            }
            if (stopped) {
                return null;
            }
            Instant begin = Instant.now();
            try {
                restart.restart();
                out.printf("PostgreSQL is running again (attempt %d, started in %.1f s); the services reconnect "
                        + "by themselves%n", attempt, Duration.between(begin, Instant.now()).toMillis() / 1000.0);
                return null;
            } catch (RuntimeException e) {
                lastError = rootMessage(e);
                out.printf("Starting PostgreSQL again failed (attempt %d of %d): %s%n", attempt,
                        RETRY_DELAYS.size(), lastError);
            }
        }
        return "PostgreSQL exited and could not be started again on " + dataDirectory + " (" + RETRY_DELAYS.size()
                + " attempts; last: " + lastError + ")";
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::parseLong)
                    .flatMap(ProcessHandle::of);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
