package com.partnershipgovernance.platform.jobs;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ClusterJobLockTest {

    @Inject
    ClusterJobLock lock;

    @Test
    void jobIsSkippedWhileAnotherReplicaRunsItAndRunsOnceItIsDone() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (Connection otherReplica = TestInfrastructure.get().postgres().superuserConnection("platform")) {
            otherReplica.setAutoCommit(false);
            try (Statement s = otherReplica.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(hashtext('job:certificate-expiry'))");
            }
            assertThat(lock.runExclusively("certificate-expiry", runs::incrementAndGet)).isFalse();
            assertThat(runs).hasValue(0);
            assertThat(lock.runExclusively("another-job", runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(1);

            otherReplica.rollback();
        }
        assertThat(lock.runExclusively("certificate-expiry", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }
}
