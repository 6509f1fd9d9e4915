package com.partnershipgovernance.platform.outbox;

import com.partnershipgovernance.platform.fixture.SaslKafkaResource;
import com.partnershipgovernance.platform.fixture.Specimens;
import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The relay and the SmallRye consumers on a broker that authenticates every client (SASL SCRAM-SHA-512), configured
 * only through the shared {@code kafka.*} properties ({@link SaslKafkaResource}). SCRAM rather than PLAIN because it
 * is what managed and operator-run clusters (Strimzi, MSK) ask of clients, and KRaft takes its credentials when the
 * storage is formatted, so the broker starts as fast as a plain one.
 */
@QuarkusTest
@TestProfile(OutboxRelaySaslTest.SaslBroker.class)
class OutboxRelaySaslTest {

    /** The application on its own SASL broker and database. */
    public static class SaslBroker implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SaslKafkaResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry metrics;

    @Test
    void relayAndConsumerAuthenticateWithTheKafkaSettingsAndWithoutValidCredentialsEventsWait() throws Exception {
        try (Admin anonymous = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SaslKafkaResource.kafka().bootstrapServers()))) {
            assertThatThrownBy(() -> anonymous.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .clusterId().get()).as("a client without credentials is not served")
                    .isInstanceOf(ExecutionException.class);
        }

        UUID authenticated = Specimens.createId("published-over-sasl");
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(authenticated) == 1);
        assertThat(unpublished(authenticated)).isZero();

        relay.stop();
        alterCredentials(new UserScramCredentialDeletion(SaslKafkaResource.USER, ScramMechanism.SCRAM_SHA_512));
        relay.start();
        double failures = failures();
        UUID refused = Specimens.createId("refused-without-credentials");
        await().atMost(Duration.ofSeconds(20)).until(() -> failures() > failures);
        assertThat(unpublished(refused)).as("the broker refused the relay: the event waits in the outbox")
                .isEqualTo(1);

        alterCredentials(new UserScramCredentialUpsertion(SaslKafkaResource.USER,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), SaslKafkaResource.PASSWORD));
        await().atMost(Duration.ofSeconds(30)).until(() -> applications(refused) == 1);
        assertThat(unpublished(refused)).isZero();
    }

    /** Changes the application's user at the broker and waits until the broker answers with the change. */
    private static void alterCredentials(UserScramCredentialAlteration alteration) throws Exception {
        boolean deleted = alteration instanceof UserScramCredentialDeletion;
        try (Admin admin = SaslKafkaResource.kafka().admin()) {
            admin.alterUserScramCredentials(List.of(alteration)).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> admin.describeUserScramCredentials().all()
                    .get(10, TimeUnit.SECONDS).containsKey(SaslKafkaResource.USER) != deleted);
        }
    }

    private double failures() {
        return metrics.counter("outbox.publish.failures").count();
    }

    private static long applications(UUID specimen) {
        return TestInfrastructure.get().postgres().queryForLong(SaslKafkaResource.DATABASE,
                "SELECT coalesce(sum(applications), 0) FROM received_specimen WHERE id = '" + specimen + "'");
    }

    private static long unpublished(UUID specimen) {
        return TestInfrastructure.get().postgres().queryForLong(SaslKafkaResource.DATABASE,
                "SELECT count(*) FROM outbox_event WHERE aggregate_id = '" + specimen + "' AND published_at IS NULL");
    }
}
