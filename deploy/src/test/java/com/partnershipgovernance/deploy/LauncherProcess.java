package com.partnershipgovernance.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code target/deploy-launcher.jar} run as {@code deploy/run} runs it, as a child process whose output is
 * read line by line, so a test can wait for what the launcher says and assert on it.
 */
final class LauncherProcess {

    private static final Path JAR = Path.of("target", "deploy-launcher.jar");

    private final List<String> output = new CopyOnWriteArrayList<>();
    private final Process process;

    private LauncherProcess(Process process) {
        this.process = process;
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(launcher output closed: " + e.getMessage() + ")");
            }
        });
    }

    /** Starts the launcher with {@code options}. */
    static LauncherProcess start(List<String> options) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(options);
        return new LauncherProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits until a line of the output contains {@code text}; fails at once, with the output, if the launcher exits. */
    LauncherProcess awaitLine(String text, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as("launcher exited:%n%s", transcript()).isTrue();
            return output.stream().anyMatch(line -> line.contains(text));
        });
        return this;
    }

    /** What the launcher printed so far. */
    List<String> output() {
        return output;
    }

    String transcript() {
        return String.join("\n", output);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the launcher to exit; true when it did within {@code atMost}. */
    boolean waitFor(Duration atMost) throws InterruptedException {
        return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /**
     * SIGTERM, as Ctrl-C, through the process handle ({@link Process#destroy()} would also close our end of its
     * output); true when the launcher stopped within {@code atMost}.
     */
    boolean terminate(Duration atMost) throws InterruptedException {
        process.toHandle().destroy();
        return waitFor(atMost);
    }

    /** Stops a launcher a test left running: SIGTERM, then SIGKILL after {@code grace}. */
    void stopQuietly(Duration grace) throws InterruptedException {
        if (process.isAlive() && !terminate(grace)) {
            process.destroyForcibly();
        }
    }
}
