package com.partnershipgovernance.risk.rules.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What {@link MissedMilestonePolicy} reads of a missed milestone. */
public record MissedMilestoneFacts(UUID milestoneId, UUID sowId, UUID msaId, UUID partnerId, String sowKind,
                                   String name, LocalDate dueDate, int daysOverdue, int missCountForSow) {
}
