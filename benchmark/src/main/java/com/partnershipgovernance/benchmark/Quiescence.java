package com.partnershipgovernance.benchmark;

import com.partnershipgovernance.platform.testing.ServiceDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Waits until the platform has digested earlier load: no service's outbox holds an unpublished event and no
 * consumer group lags behind its topics. Without it, a measurement would share the machine with the consumers
 * still working through the previous scenario's events.
 */
final class Quiescence {

    /** What was still pending when the wait ended. */
    record Backlog(long unpublished, long consumerLag) {
        boolean empty() {
            return unpublished == 0 && consumerLag == 0;
        }
    }

    private final String bootstrapServers;
    private final Collection<ServiceDatabase> databases;

    Quiescence(String bootstrapServers, Collection<ServiceDatabase> databases) {
        this.bootstrapServers = bootstrapServers;
        this.databases = databases;
    }

    /** Polls until nothing is pending or {@code timeout} passed; answers what was left. */
    Backlog await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                Backlog backlog = new Backlog(unpublished(), consumerLag(admin));
                if (backlog.empty() || System.nanoTime() > deadline) {
                    return backlog;
                }
                Thread.sleep(500);
            }
        }
    }

    private long unpublished() {
        long total = 0;
        for (ServiceDatabase db : databases) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
                rs.next();
                total += rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the outbox of " + db.name() + ": " + e.getMessage(), e);
            }
        }
        return total;
    }

    /** Messages the consumer groups have not committed yet (commits trail processing by up to a few seconds). */
    private static long consumerLag(Admin admin) throws InterruptedException {
        try {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get();
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                        committed.keySet().stream().collect(Collectors.toMap(Function.identity(),
                                tp -> OffsetSpec.latest()))).all().get();
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                    long end = ends.get(e.getKey()).offset();
                    lag += Math.max(0, end - (e.getValue() == null ? 0 : e.getValue().offset()));
                }
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the consumer groups' lag: " + e.getCause().getMessage(), e);
        }
    }
}
