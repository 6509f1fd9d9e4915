package com.partnershipgovernance.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data-sharing archive of one service, trained on the service's own previous run: the JVM writes every
 * class that run loaded ({@code -XX:ArchiveClassesAtExit}) when it stops gracefully, and later starts map them
 * pre-parsed and pre-verified. The archive Quarkus writes at build time stops at bean creation, so the classes of
 * the datasource, Flyway, the Kafka clients and the HTTP server (about 9,000 of a start's 16,000) are parsed from
 * the jars at every start; the trained one holds them too.
 * <p>
 * A run without a usable archive trains one; the JVM writes it to a {@code .part} file that {@link #afterExit}
 * moves into place only after a graceful exit, so a killed run never leaves a truncated archive. An archive is
 * used only with the JDK and the build it was trained on (a stamp beside it records both); otherwise the next run
 * trains again. The JVM itself still checks the archive and starts without it if it cannot map it.
 */
final class TrainedClassArchive {

    private final Path archive;
    private final Path stamp;
    private final Path partFile;
    private final String expectedStamp;
    private volatile boolean training;

    /**
     * @param directory where the archives of the launcher's services are kept
     * @param service   the service's name, the archive's file name
     * @param jar       the service's {@code quarkus-run.jar}; a rebuild invalidates the archive
     */
    TrainedClassArchive(Path directory, String service, Path jar) {
        this.archive = directory.resolve(service + ".jsa");
        this.stamp = directory.resolve(service + ".jsa.stamp");
        this.partFile = directory.resolve(service + ".jsa.part");
        this.expectedStamp = stampOf(jar);
    }

    /** Whether the next start maps a trained archive (rather than training one). */
    boolean trained() {
        try {
            return Files.isRegularFile(archive) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(expectedStamp);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the run started last writes an archive at exit. */
    boolean training() {
        return training;
    }

    /** The JVM options of the next start: map the trained archive, or train one at exit. */
    List<String> jvmOptions() {
        training = !trained();
        if (!training) {
            // map it at the base address it was written for: relocating its 80-110 MB of pointers at every start
            // (the JDK's default since 17.0.x, for address randomisation of this region) costs about what the
            // archive saves; the rest of the process stays randomised
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
                    "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
        }
        try {
            Files.createDirectories(partFile.getParent());
            Files.deleteIfExists(partFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + partFile, e);
        }
        // a dynamic archive cannot be layered on Quarkus's own, so the training run starts without one; the
        // dump warns once per class it skips (loaded, never linked): thousands of lines for the service's log
        return List.of("-XX:ArchiveClassesAtExit=" + partFile, "-Xlog:cds=off");
    }

    /**
     * Keeps what a training run wrote, called once the child has exited.
     *
     * @param graceful whether the child exited by itself after SIGTERM; a killed JVM's archive may be incomplete
     */
    void afterExit(boolean graceful) {
        try {
            if (graceful && Files.isRegularFile(partFile) && Files.size(partFile) > 0) {
                Files.move(partFile, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(stamp, expectedStamp, StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(partFile);
            }
            training = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the class archive " + partFile, e);
        }
    }

    Path archive() {
        return archive;
    }

    /** The JDK build and the service build: a change of either makes the archive unusable. */
    private static String stampOf(Path jar) {
        StringBuilder stamp = new StringBuilder()
                .append(System.getProperty("java.home")).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n');
        for (Path built : List.of(jar, jar.resolveSibling("quarkus").resolve("quarkus-application.dat"))) {
            try {
                stamp.append(built.getFileName()).append(' ').append(Files.size(built)).append(' ')
                        .append(Files.getLastModifiedTime(built).toMillis()).append('\n');
            } catch (IOException e) {
                stamp.append(built.getFileName()).append(" missing\n");
            }
        }
        return stamp.toString();
    }
}
