package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.AuditOverdue;
import com.partnershipgovernance.partner.audit.domain.AuditStatus;
import com.partnershipgovernance.partner.audit.domain.AuditType;
import com.partnershipgovernance.partner.audit.domain.FindingCounts;
import com.partnershipgovernance.partner.audit.domain.SponsorAudit;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A sponsor audit as the API shows it, with its finding counts and, when late, why. */
@Schema(name = "SponsorAudit")
public record AuditView(UUID id,
                        UUID partnerId,
                        UUID siteId,
                        @Schema(example = "ROUTINE") AuditType type,
                        @Schema(example = "PERFORMED") AuditStatus status,
                        String scope,
                        @Schema(example = "Dana Quality") String leadAuditor,
                        List<String> auditors,
                        @Schema(example = "2026-09-14") LocalDate plannedOn,
                        @Schema(example = "2026-09-16") LocalDate performedOn,
                        LocalDate closedOn,
                        @Schema(description = "reason of the last lifecycle move") String statusReason,
                        Findings findings,
                        @Schema(description = "null unless the audit is overdue") Overdue overdue,
                        Instant createdAt,
                        @Schema(description = "the record's version, also its ETag", example = "0") long version)
        implements Versioned {

    /** How many findings of each severity the audit raised, and how many are not closed. */
    @Schema(name = "AuditFindingCounts")
    public record Findings(long critical, long major, long minor, long observation, long open) {

        static Findings of(FindingCounts c) {
            return new Findings(c.critical(), c.major(), c.minor(), c.observation(), c.open());
        }
    }

    /** Why the audit is late: NOT_PERFORMED by its planned date, or NOT_CLOSED within the closing period. */
    @Schema(name = "AuditOverdue")
    public record Overdue(AuditOverdue.Kind kind, LocalDate dueOn, long daysOverdue) {
    }

    static AuditView of(SponsorAudit a, FindingCounts counts, LocalDate today, int closeWithinDays) {
        Overdue overdue = a.overdue(today, closeWithinDays)
                .map(o -> new Overdue(o.kind(), o.dueOn(), o.daysOverdue())).orElse(null);
        return new AuditView(a.id(), a.partnerId(), a.siteId(), a.type(), a.status(), a.scope(), a.leadAuditor(),
                a.auditors().stream().sorted().toList(), a.plannedOn(), a.performedOn(), a.closedOn(),
                a.statusReason(), Findings.of(counts), overdue, a.createdAt(), a.version());
    }

    /** A list of audits that is not paged (a working list such as the overdue audits). */
    @Schema(name = "SponsorAudits")
    public record Items(List<AuditView> items) {
    }
}
