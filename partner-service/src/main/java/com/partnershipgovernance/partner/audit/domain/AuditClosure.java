package com.partnershipgovernance.partner.audit.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An audit closed: what {@code partner.audit-closed} announces. */
public record AuditClosure(UUID partnerId, UUID auditId, AuditType type, LocalDate closedOn, FindingCounts findings) {
}
