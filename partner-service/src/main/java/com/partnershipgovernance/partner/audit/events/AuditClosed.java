package com.partnershipgovernance.partner.audit.events;

import com.partnershipgovernance.partner.audit.domain.AuditClosure;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code partner.audit-closed}: a sponsor audit closed, with how many findings of each
 * severity it raised (kpi-service derives "audit findings per audit" from it).
 */
public record AuditClosed(UUID partnerId, UUID auditId, String auditType, LocalDate closedOn, Findings findings) {

    /** The audit's findings by severity, closed or not. */
    public record Findings(long critical, long major, long minor, long observation) {
    }

    public static AuditClosed of(AuditClosure closure) {
        var counts = closure.findings();
        return new AuditClosed(closure.partnerId(), closure.auditId(), closure.type().name(), closure.closedOn(),
                new Findings(counts.critical(), counts.major(), counts.minor(), counts.observation()));
    }
}
