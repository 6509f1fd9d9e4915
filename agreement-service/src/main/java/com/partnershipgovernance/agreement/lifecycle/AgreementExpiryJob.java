package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.platform.jobs.ClusterJobLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies expiry to every agreement kind (MSAs, SOWs, quality agreements): in-force versions past their
 * expiry or end date become EXPIRED. One replica at a time runs it (cluster-wide advisory lock).
 */
@ApplicationScoped
public class AgreementExpiryJob {

    static final String JOB = "agreement-expiry";

    @Inject
    ClusterJobLock lock;

    @Inject
    Instance<AgreementExpiry> kinds;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue();
    }

    /** Expires what is due by the clock's today; returns how many versions expired (0 if another replica ran). */
    public int expireDue() {
        AtomicInteger expired = new AtomicInteger();
        lock.runExclusively(JOB, () -> kinds.forEach(kind -> expired.addAndGet(kind.expireDue())));
        return expired.get();
    }
}
