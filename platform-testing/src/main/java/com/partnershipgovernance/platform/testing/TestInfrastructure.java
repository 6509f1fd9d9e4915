package com.partnershipgovernance.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL and one Kafka broker per test JVM, started on first use on free ports
 * and shared by every test class of the module; stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalTokens tokens;

    private TestInfrastructure(LocalPostgres postgres, LocalKafka kafka, LocalTokens tokens) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokens = tokens;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            try {
                Path tempDir = Files.createTempDirectory("pg-test-kafka");
                Path kafkaDir = tempDir.resolve("data");
                LocalPostgres pg = LocalPostgres.ephemeral(freePort()).start();
                LocalKafka broker = new LocalKafka(freePort(), freePort(), kafkaDir).start();
                instance = new TestInfrastructure(pg, broker, LocalTokens.generate());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    broker.stop();
                    pg.stop();
                    deleteQuietly(tempDir);
                }, "test-infrastructure-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalTokens tokens() {
        return tokens;
    }

    /** Deletes a temporary directory and everything in it, as far as it can. */
    public static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    /**
     * A TCP port nobody uses right now, below the kernel's ephemeral range (32768 and up on Linux): a port
     * from that range can be taken by any outgoing connection before the server that was meant to get it
     * binds it.
     */
    public static int freePort() {
        return freePorts(1);
    }

    /** The first of {@code count} consecutive free ports below the ephemeral range. */
    public static int freePorts(int count) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 500; attempt++) {
            int first = 15000 + random.nextInt(17000 - count);
            if (java.util.stream.IntStream.range(first, first + count).allMatch(TestInfrastructure::isFree)) {
                return first;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports between 15000 and 32000");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
