package com.partnershipgovernance.partner.audit.domain;

import java.util.UUID;

/** What {@code GET /audits} looks for: each criterion given (not null) narrows the list. */
public record AuditSearch(UUID partnerId, UUID siteId, AuditStatus status, AuditType type) {
}
