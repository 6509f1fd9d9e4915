package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.platform.jobs.ClusterJobLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies expiry: in-force quality agreements past their expiry date become EXPIRED, each announced with
 * {@code agreement.status-changed}. One replica at a time runs it (cluster-wide advisory lock).
 */
@ApplicationScoped
public class QualityAgreementExpiryJob {

    static final String JOB = "quality-agreement-expiry";

    @Inject
    ClusterJobLock lock;

    @Inject
    QualityAgreementLifecycle lifecycle;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue();
    }

    /** Expires what is due by the clock's today; returns how many versions expired (0 if another replica ran). */
    public int expireDue() {
        AtomicInteger expired = new AtomicInteger();
        lock.runExclusively(JOB, () -> expired.set(lifecycle.expireDue()));
        return expired.get();
    }
}
