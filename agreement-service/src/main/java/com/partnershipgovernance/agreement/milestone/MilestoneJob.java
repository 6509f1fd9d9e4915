package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.platform.jobs.ClusterJobLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Emits {@code milestone.due-soon} and {@code milestone.missed}, each once per milestone. One replica at a
 * time runs it (cluster-wide advisory lock); a run skipped by one replica is done by the other or the next.
 */
@ApplicationScoped
public class MilestoneJob {

    static final String JOB = "milestone-announcements";

    @Inject
    ClusterJobLock lock;

    @Inject
    MilestoneAnnouncements announcements;

    // "off" in tests, which call announce() with their own clock
    @Scheduled(every = "${agreement.milestones.announce-every:1h}",
            delayed = "${agreement.milestones.announce-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        announce();
    }

    /** Announces what is due by the clock's today; nothing when another replica is running the job. */
    public MilestoneAnnouncements.Announced announce() {
        AtomicReference<MilestoneAnnouncements.Announced> result =
                new AtomicReference<>(new MilestoneAnnouncements.Announced(0, 0));
        lock.runExclusively(JOB, () -> result.set(announcements.announce()));
        return result.get();
    }
}
