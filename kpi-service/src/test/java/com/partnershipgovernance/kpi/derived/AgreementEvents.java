package com.partnershipgovernance.kpi.derived;

import com.partnershipgovernance.kpi.KpiApi;

import java.time.LocalDate;
import java.util.UUID;

/** CloudEvents as agreement-service publishes them (EVENTS.md), for the derived-KPI tests. */
final class AgreementEvents {

    static final String MILESTONES = "agreement.milestones.v1";

    private AgreementEvents() {
    }

    static String milestone(UUID milestone, UUID partner, LocalDate dueDate, String extra) {
        return "{\"milestoneId\":\"" + milestone + "\",\"sowId\":\"" + UUID.randomUUID() + "\",\"msaId\":\""
                + UUID.randomUUID() + "\",\"partnerId\":\"" + partner + "\",\"sowKind\":\"MANUFACTURING\","
                + "\"name\":\"PPQ batch 1 released\",\"dueDate\":\"" + dueDate + "\"," + extra + "}";
    }

    static String completed(UUID milestone, UUID partner, LocalDate dueDate, LocalDate completedOn) {
        return milestone(milestone, partner, dueDate, "\"completedOn\":\"" + completedOn + "\",\"daysLate\":"
                + (completedOn.toEpochDay() - dueDate.toEpochDay()));
    }

    static String missed(UUID milestone, UUID partner, LocalDate dueDate) {
        return milestone(milestone, partner, dueDate, "\"daysOverdue\":1,\"missCountForSow\":1");
    }

    /** Sends a milestone event keyed by the milestone; returns the event id. */
    static String sendMilestone(String shortType, UUID milestone, String payload) {
        return KpiApi.send(MILESTONES, shortType, "/agreement-service", milestone, payload);
    }
}
