package com.partnershipgovernance.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Keeps a scheduled job to one replica at a time: the job runs in a transaction holding a
 * PostgreSQL advisory lock named after it; a replica that cannot take the lock skips that run.
 */
@ApplicationScoped
public class ClusterJobLock {

    @Inject
    EntityManager em;

    /**
     * Runs {@code job} in a new transaction if no other replica is running {@code jobName}.
     *
     * @return whether this replica ran the job
     */
    public boolean runExclusively(String jobName, Runnable job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, "job:" + jobName)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            job.run();
            return true;
        });
    }
}
