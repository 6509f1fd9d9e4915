package com.partnershipgovernance.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's own ceiling: {@code pgbench} (Debian's postgresql-client) running a custom script against the
 * same embedded PostgreSQL the services use, reporting transactions per second.
 */
final class Pgbench {

    static final String INSTALL_HINT = "pgbench is missing: install it with `sudo apt-get install postgresql-client`"
            + " (Debian/Ubuntu) or `sudo dnf install postgresql` (Fedora/RHEL), or give its path with --pgbench";
    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+)", Pattern.MULTILINE);

    private final Path binary;
    private final Path workDir;

    Pgbench(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    boolean available() {
        return Files.isExecutable(binary);
    }

    /** {@code pgbench -i}: the standard tables at {@code scale} (100,000 accounts each), for a primary-key select. */
    void initialise(int port, String database, String user, String password, int scale) {
        run(List.of(binary.toString(), "-i", "-q", "-s", Integer.toString(scale), "-h", "localhost", "-p",
                Integer.toString(port), "-U", user, database), Map.of("PGPASSWORD", password));
    }

    /**
     * Runs the script (a classpath resource) with {@code clients} connections for {@code duration}, as the
     * prepared statements the JDBC driver uses, {@code variables} set with {@code -D}; answers transactions per
     * second.
     */
    double run(String scriptResource, int port, String database, String user, String password, int clients,
               Duration duration, Map<String, String> variables) {
        Path script = workDir.resolve(scriptResource);
        try (InputStream in = Pgbench.class.getResourceAsStream("/" + scriptResource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + scriptResource);
            }
            Files.createDirectories(workDir);
            Files.write(script, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-n", "-M", "prepared",
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(Math.max(1, duration.toSeconds())), "-f", script.toString(),
                "-h", "localhost", "-p", Integer.toString(port), "-U", user));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.add(database);
        String output = run(command, Map.of("PGPASSWORD", password));
        return tps(output).orElseThrow(() -> new IllegalStateException("pgbench printed no tps:\n" + output));
    }

    /** The {@code tps = ...} figure of pgbench's report. */
    static OptionalDouble tps(String output) {
        Matcher m = TPS.matcher(output);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    private String run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
