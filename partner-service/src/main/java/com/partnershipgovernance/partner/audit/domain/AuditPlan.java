package com.partnershipgovernance.partner.audit.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What is planned for an audit: its type, the site audited (none for a corporate or remote audit),
 * the scope, the lead auditor and co-auditors, and the planned date.
 */
public record AuditPlan(AuditType type, UUID siteId, String scope, String leadAuditor, Set<String> auditors,
                        LocalDate plannedOn) {

    public AuditPlan {
        scope = scope == null ? null : scope.strip();
        leadAuditor = leadAuditor == null ? null : leadAuditor.strip();
        auditors = auditors == null ? Set.of()
                : auditors.stream().map(String::strip).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
