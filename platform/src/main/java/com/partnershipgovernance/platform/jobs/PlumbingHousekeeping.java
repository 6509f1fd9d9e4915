package com.partnershipgovernance.platform.jobs;

import com.partnershipgovernance.platform.config.PlatformConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/** Purges published outbox rows and old idempotency answers, on one replica at a time. */
@ApplicationScoped
public class PlumbingHousekeeping {

    private static final Logger LOG = Logger.getLogger(PlumbingHousekeeping.class);
    private static final int IDEMPOTENCY_HOURS = 48;

    @Inject
    ClusterJobLock lock;

    @Inject
    EntityManager em;

    @Inject
    PlatformConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        lock.runExclusively("plumbing-housekeeping", () -> {
            int outbox = em.createNativeQuery("DELETE FROM outbox_event WHERE published_at IS NOT NULL "
                            + "AND published_at < now() - make_interval(secs => ?1)")
                    .setParameter(1, (double) config.outbox().retention().toSeconds()).executeUpdate();
            int answers = em.createNativeQuery("DELETE FROM idempotency_record "
                            + "WHERE created_at < now() - make_interval(hours => ?1)")
                    .setParameter(1, IDEMPOTENCY_HOURS).executeUpdate();
            LOG.debugf("Purged %d published outbox events and %d idempotency answers", outbox, answers);
        });
    }
}
