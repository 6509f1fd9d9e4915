package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.jobs.ClusterJobLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies expiry to every agreement kind (MSAs, SOWs, quality agreements): in-force versions past their
 * expiry or end date become EXPIRED, each announced with {@code agreement.status-changed}. One replica at a
 * time runs it (cluster-wide advisory lock).
 */
@ApplicationScoped
public class AgreementExpiryJob {

    static final String JOB = "agreement-expiry";

    @Inject
    ClusterJobLock lock;

    @Inject
    Instance<KindOfAgreement<?, ?, ?, ?>> kinds;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    Clock clock;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        expireDue();
    }

    /** Expires what is due by the clock's today; returns how many versions expired (0 if another replica ran). */
    public int expireDue() {
        AtomicInteger expired = new AtomicInteger();
        lock.runExclusively(JOB, () -> kinds.forEach(kind -> expired.addAndGet(expireDue(kind))));
        return expired.get();
    }

    // in the lock's transaction
    private <V extends AgreementVersion<?>> int expireDue(KindOfAgreement<?, V, ?, ?> kind) {
        LocalDate today = LocalDate.now(clock);
        List<V> due = kind.versions().inForceEndedBefore(kind.agreements().getEntityManager(), today);
        if (due.isEmpty()) {
            return 0;
        }
        try {
            // one revision per kind and run: its reason says why; each move keeps its own reason
            ChangeContext.runAsSystem(new ChangeContext.Actor(AgreementLifecycle.SYSTEM.id(),
                            AgreementLifecycle.SYSTEM.name()),
                    "Expiry job: " + kind.kind().label() + "s past their end date expired on " + today, () -> {
                        due.forEach(version -> lifecycle.expire(kind, version, today));
                        return null;
                    });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return due.size();
    }
}
