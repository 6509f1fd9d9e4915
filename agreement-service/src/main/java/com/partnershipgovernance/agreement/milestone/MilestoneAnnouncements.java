package com.partnershipgovernance.agreement.milestone;

import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneRepository;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneSchedule;
import com.partnershipgovernance.agreement.milestone.events.MilestoneEvents;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Announces milestones of executed SOWs that enter the due-soon window and those missed (past due, not
 * completed), each once: the milestone keeps when it was announced, in the same transaction as the event.
 */
@ApplicationScoped
public class MilestoneAnnouncements {

    @Inject
    MilestoneRepository milestones;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "agreement.milestones.due-soon-days", defaultValue = "14")
    int dueSoonDays;

    /** How many milestones one run announced. */
    public record Announced(int dueSoon, int missed) {
    }

    /** Announces what is due soon or missed by the clock's today; run by {@link MilestoneJob}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Announced announce() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Milestone> dueSoon = milestones.dueSoonUnannounced(today, today.plusDays(dueSoonDays));
        for (Milestone m : dueSoon) {
            m.announcedDueSoon(now);
            publish(MilestoneEvents.DUE_SOON, m, MilestoneEvents.DueSoon.of(m,
                    MilestoneSchedule.daysLeft(m.dueDate(), today)));
        }
        List<Milestone> missed = milestones.missedUnannounced(today);
        // counted per SOW in due-date order, from the misses announced in earlier runs
        Map<UUID, Long> missCount = new HashMap<>();
        for (Milestone m : missed) {
            long count = missCount.computeIfAbsent(m.sowId(), milestones::missedSoFar) + 1;
            missCount.put(m.sowId(), count);
            m.announcedMissed(now);
            publish(MilestoneEvents.MISSED, m, MilestoneEvents.Missed.of(m,
                    -MilestoneSchedule.daysLeft(m.dueDate(), today), count));
        }
        milestones.flush();
        return new Announced(dueSoon.size(), missed.size());
    }

    private void publish(String type, Milestone milestone, Object payload) {
        outbox.publish(MilestoneEvents.TOPIC, type, MilestoneEvents.AGGREGATE, milestone.sowId(), payload);
    }
}
