package com.partnershipgovernance.kpi.derived;

import com.partnershipgovernance.kpi.KpiApi;
import com.partnershipgovernance.platform.testing.events.EventExample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** Milestone events as agreement-service documents them (docs/events.md), for the derived-KPI tests. */
final class AgreementEvents {

    private AgreementEvents() {
    }

    /**
     * A milestone event of {@code type}; the milestone's SOW (the Kafka key) is always the same one for the same
     * milestone, so its events stay in order on one partition, as agreement-service sends them.
     */
    static EventExample milestone(String type, UUID milestone, UUID partner, LocalDate dueDate) {
        UUID sow = UUID.nameUUIDFromBytes(("sow of " + milestone).getBytes(StandardCharsets.UTF_8));
        return KpiApi.event(type).with("milestoneId", milestone).with("sowId", sow).with("msaId", UUID.randomUUID())
                .with("partnerId", partner).with("sowKind", "MANUFACTURING").with("name", "PPQ batch 1 released")
                .with("dueDate", dueDate);
    }

    static EventExample completed(UUID milestone, UUID partner, LocalDate dueDate, LocalDate completedOn) {
        return milestone("milestone.completed", milestone, partner, dueDate).with("completedOn", completedOn)
                .with("daysLate", completedOn.toEpochDay() - dueDate.toEpochDay());
    }

    static EventExample missed(UUID milestone, UUID partner, LocalDate dueDate) {
        return milestone("milestone.missed", milestone, partner, dueDate).with("daysOverdue", 1)
                .with("missCountForSow", 1);
    }
}
