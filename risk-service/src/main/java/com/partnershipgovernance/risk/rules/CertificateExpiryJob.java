package com.partnershipgovernance.risk.rules;

import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.jobs.ClusterJobLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * certificate-expiry-risk's scheduled part: every hour, watched certificates whose expiry date has come without
 * a renewal let the rule fire (raise a PARTNER_COMPLIANCE risk, or link the evidence to the live one). One replica
 * at a time runs it (cluster-wide advisory lock); each watch closes as it fires, so it fires once.
 */
@ApplicationScoped
public class CertificateExpiryJob {

    static final String JOB = "certificate-expiry";

    private static final ChangeContext.Actor ACTOR = new ChangeContext.Actor("system:risk-service:" + JOB,
            "risk-service certificate-expiry job");

    @Inject
    ClusterJobLock lock;

    @Inject
    CertificateWatches watches;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue();
    }

    /** Fires for the certificates due by the clock's today; returns how many (0 if another replica ran). */
    public int expireDue() {
        AtomicInteger fired = new AtomicInteger();
        lock.runExclusively(JOB, () -> {
            try {
                fired.set(ChangeContext.runAsSystem(ACTOR, "GMP certificate expired without a recorded renewal",
                        () -> watches.expireDue().size()));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("The certificate-expiry job failed", e);
            }
        });
        return fired.get();
    }
}
