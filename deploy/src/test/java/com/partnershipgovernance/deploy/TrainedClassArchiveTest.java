package com.partnershipgovernance.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TrainedClassArchiveTest {

    @TempDir
    Path temp;
    private Path jar;
    private Path archives;

    @BeforeEach
    void build() throws IOException {
        Path app = Files.createDirectories(temp.resolve("quarkus-app/quarkus"));
        jar = Files.writeString(app.resolveSibling("quarkus-run.jar"), "jar");
        Files.writeString(app.resolve("quarkus-application.dat"), "application");
        archives = temp.resolve("class-archives");
    }

    @Test
    void firstRunTrainsIntoAPartFileWithoutQuarkusArchive() {
        TrainedClassArchive archive = new TrainedClassArchive(archives, "risk-service", jar);

        assertThat(archive.trained()).isFalse();
        assertThat(archive.jvmOptions())
                .contains("-XX:ArchiveClassesAtExit=" + archives.resolve("risk-service.jsa.part"))
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        assertThat(archive.training()).as("the run writes an archive at exit").isTrue();
    }

    @Test
    void gracefulExitKeepsTheTrainedArchiveAndLaterRunsMapIt() throws IOException {
        trainingRun("classes", true);

        assertThat(archives.resolve("risk-service.jsa")).hasContent("classes");
        assertThat(archives.resolve("risk-service.jsa.part")).doesNotExist();
        TrainedClassArchive nextRun = new TrainedClassArchive(archives, "risk-service", jar);
        assertThat(nextRun.trained()).isTrue();
        assertThat(nextRun.jvmOptions()).contains("-XX:SharedArchiveFile=" + archives.resolve("risk-service.jsa"),
                "-Xshare:auto", "-XX:ArchiveRelocationMode=0");
    }

    @Test
    void killedRunLeavesNoArchiveBehind() throws IOException {
        TrainedClassArchive archive = trainingRun("half written", false);

        assertThat(archives.resolve("risk-service.jsa.part")).doesNotExist();
        assertThat(archives.resolve("risk-service.jsa")).doesNotExist();
        assertThat(archive.trained()).isFalse();
    }

    @Test
    void rebuiltServiceTrainsAgain() throws IOException {
        trainingRun("classes of the old build", true);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        TrainedClassArchive afterRebuild = new TrainedClassArchive(archives, "risk-service", jar);
        assertThat(afterRebuild.trained()).isFalse();
        assertThat(afterRebuild.jvmOptions()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void trainedRunWritesNoNewArchive() throws IOException {
        trainingRun("classes", true);

        TrainedClassArchive nextRun = new TrainedClassArchive(archives, "risk-service", jar);
        assertThat(nextRun.jvmOptions()).noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(nextRun.training()).isFalse();
        nextRun.afterExit(true);

        assertThat(archives.resolve("risk-service.jsa")).hasContent("classes");
    }

    /** Plays a training run of risk-service: the start asks for its options, the JVM writes the dump, it exits. */
    private TrainedClassArchive trainingRun(String dump, boolean graceful) throws IOException {
        TrainedClassArchive archive = new TrainedClassArchive(archives, "risk-service", jar);
        archive.jvmOptions();
        Files.writeString(archives.resolve("risk-service.jsa.part"), dump);
        archive.afterExit(graceful);
        return archive;
    }
}
