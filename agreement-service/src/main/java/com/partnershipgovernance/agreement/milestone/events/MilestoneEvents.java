package com.partnershipgovernance.agreement.milestone.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.milestone.domain.Milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The topic, short types and payloads of milestone events (EVENTS.md, {@code agreement.milestones.v1}).
 * Every payload starts with the fields all milestone events carry: milestoneId, sowId, msaId, partnerId,
 * sowKind, name, dueDate. The Kafka key is the SOW id, so that one SOW's milestone events stay in order
 * (a consumer counting missed milestones per SOW sees them as {@code missCountForSow} counts them).
 */
public final class MilestoneEvents {

    public static final String TOPIC = "agreement.milestones.v1";
    public static final String AGGREGATE = "StatementOfWork";
    public static final String DUE_SOON = "milestone.due-soon";
    public static final String COMPLETED = "milestone.completed";
    public static final String MISSED = "milestone.missed";
    public static final String GO_NO_GO_DECIDED = "milestone.go-no-go-decided";

    private MilestoneEvents() {
    }

    /** {@code milestone.due-soon}: an open milestone entered the due-soon window (once per milestone). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DueSoon(UUID milestoneId, UUID sowId, UUID msaId, UUID partnerId, String sowKind, String name,
                          LocalDate dueDate, long daysLeft) {
        public static DueSoon of(Milestone m, long daysLeft) {
            return new DueSoon(m.id(), m.sowId(), m.msaId(), m.partnerId(), m.sowKind().name(), m.name(),
                    m.dueDate(), daysLeft);
        }
    }

    /** {@code milestone.completed}: with days late, negative when early. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Completed(UUID milestoneId, UUID sowId, UUID msaId, UUID partnerId, String sowKind, String name,
                            LocalDate dueDate, LocalDate completedOn, long daysLate) {
        public static Completed of(Milestone m, long daysLate) {
            return new Completed(m.id(), m.sowId(), m.msaId(), m.partnerId(), m.sowKind().name(), m.name(),
                    m.dueDate(), m.completedOn(), daysLate);
        }
    }

    /** {@code milestone.missed}: past due and not completed (once per milestone). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Missed(UUID milestoneId, UUID sowId, UUID msaId, UUID partnerId, String sowKind, String name,
                         LocalDate dueDate, long daysOverdue, long missCountForSow) {
        public static Missed of(Milestone m, long daysOverdue, long missCountForSow) {
            return new Missed(m.id(), m.sowId(), m.msaId(), m.partnerId(), m.sowKind().name(), m.name(),
                    m.dueDate(), daysOverdue, missCountForSow);
        }
    }

    /** {@code milestone.go-no-go-decided}: the signed decision at a decision point. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GoNoGoDecided(UUID milestoneId, UUID sowId, UUID msaId, UUID partnerId, String sowKind,
                                String name, LocalDate dueDate, String decision, String decidedBy,
                                Instant decidedAt, String rationale) {
        public static GoNoGoDecided of(Milestone m) {
            var d = m.decision().orElseThrow();
            return new GoNoGoDecided(m.id(), m.sowId(), m.msaId(), m.partnerId(), m.sowKind().name(), m.name(),
                    m.dueDate(), d.decision().name(), d.decidedBy(), d.decidedAt(), d.rationale());
        }
    }
}
