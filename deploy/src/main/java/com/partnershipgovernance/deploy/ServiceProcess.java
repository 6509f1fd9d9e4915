package com.partnershipgovernance.deploy;

import com.partnershipgovernance.platform.testing.LocalTokens;
import com.partnershipgovernance.platform.testing.ServiceDatabase;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Quarkus service running as a child JVM of the launcher, its output appended to
 * {@code <data-dir>/logs/<service>.log}.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** The class-data-sharing archive Quarkus writes beside {@code quarkus-run.jar} when AppCDS is enabled. */
    static final String CLASS_ARCHIVE = "app-cds.jsa";
    /** Added to the stop grace of a run that writes its trained class archive at exit. */
    private static final Duration TRAINING_DUMP_GRACE = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    /** JVM options beyond the standard ones: given at construction or added by {@link #setProperty}. */
    private final List<String> extraOptions;
    private long logOffset;
    private Process process;
    /** Set by {@link #trainClassArchiveIn}; otherwise the service starts with Quarkus's build-time archive. */
    private TrainedClassArchive trainedArchive;

    /**
     * @param name service name, also the module directory and the log file name
     * @param port HTTP port
     * @param jar  the service's {@code quarkus-run.jar}
     * @param log  file the child's stdout and stderr are appended to
     */
    public ServiceProcess(String name, int port, Path jar, Path log) {
        this(name, port, jar, log, List.of());
    }

    /**
     * @param extraOptions further JVM options, such as {@code -Dkey=value} settings that override the service's
     *                     configuration (the fault suite lowers consumer session timeouts this way)
     */
    public ServiceProcess(String name, int port, Path jar, Path log, List<String> extraOptions) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = log;
        this.extraOptions = new ArrayList<>(extraOptions);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path jar() {
        return jar;
    }

    public Path log() {
        return log;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The child's process, or {@code null} before {@link #start}. */
    public synchronized Process process() {
        return process;
    }

    /** A configuration property for the child JVM, set before {@link #start}. */
    public synchronized void setProperty(String key, String value) {
        extraOptions.add("-D" + key + "=" + value);
    }

    /**
     * Starts the service from then on with a class archive trained on its own previous run, kept in
     * {@code directory} (see {@link TrainedClassArchive}): the first start trains it, to be written when the
     * service stops gracefully, and later starts map it.
     */
    public synchronized void trainClassArchiveIn(Path directory) {
        trainedArchive = new TrainedClassArchive(directory, name, jar);
    }

    /** Starts the child JVM against its database, the broker and the local token key. */
    public synchronized void start(ServiceDatabase db, String kafkaBootstrap, Path publicKeyPem) {
        // C1 only: the services start in about two thirds of the time and use less memory on a laptop. The heap
        // starts small and gives memory back once a burst is over (serial GC shrinks it to keep at most 30 % free);
        // without -Xms the JVM starts it at 1/64 of the machine's memory, capped by -Xmx, and never shrinks below:
        // 256 MB on a 24 GB machine, with a young generation of 85 MB that load touches in full
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                // the platform checks the URI itself and answers problem+json (RequestLineProblems)
                "-Dvertx.disableURIValidation=true",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + db.appUser(),
                "-Dquarkus.datasource.password=" + db.appPassword(),
                "-Dquarkus.flyway.username=" + db.ownerUser(),
                "-Dquarkus.flyway.password=" + db.ownerPassword(),
                "-Dkafka.bootstrap.servers=" + kafkaBootstrap,
                "-Dmp.jwt.verify.publickey.location=" + publicKeyPem,
                "-Dmp.jwt.verify.issuer=" + LocalTokens.ISSUER));
        Path classArchive = jar.resolveSibling(CLASS_ARCHIVE);
        String archiveNote = "";
        if (trainedArchive != null) {
            command.addAll(trainedArchive.jvmOptions());
            archiveNote = trainedArchive.training() ? " training its class archive (written at a graceful stop)"
                    : " with the class archive " + trainedArchive.archive();
        } else if (Files.exists(classArchive)) {
            // the AppCDS archive the build wrote (quarkus.package.jar.appcds): classes load pre-parsed; auto: a JVM
            // that cannot use it (another JDK build) starts without it
            command.addAll(List.of("-XX:SharedArchiveFile=" + classArchive, "-Xshare:auto"));
        }
        command.addAll(extraOptions);
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "%n===== %s starting %s%s =====%n".formatted(Instant.now(), name, archiveNote),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            logOffset = Files.size(log);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc gives each busy thread its own malloc arena (up to 8 per core): two keep native memory small
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Whether {@code /q/health/ready} answers 200 right now. */
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Asks the child to stop (SIGTERM, so Quarkus shuts down gracefully); {@link #awaitStop} waits for it.
     * Sending to all children first and waiting afterwards lets them shut down in parallel.
     */
    public synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits up to {@code grace} for the child to exit, then kills it. */
    public void awaitStop(Duration grace) throws InterruptedException {
        Process p = process();
        if (p == null) {
            return;
        }
        TrainedClassArchive archive;
        boolean training;
        synchronized (this) {
            archive = trainedArchive;
            training = archive != null && archive.training();
        }
        // a training run writes its class archive after the graceful shutdown: seconds more on a busy machine
        Duration wait = training ? grace.plus(TRAINING_DUMP_GRACE) : grace;
        boolean graceful = p.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (!graceful) {
            System.out.println(name + " did not stop within " + wait.toSeconds() + " s; killing it");
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        if (archive != null && !p.isAlive()) {
            archive.afterExit(graceful);
        }
    }

    /** The last {@code lines} lines this run wrote to the log, for a start-up failure report. */
    public String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(logOffset, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static String javaBinary() {
        // the launcher's own java, so the services run on the JDK deploy/run chose
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
