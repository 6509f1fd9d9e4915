package com.partnershipgovernance.partner.audit.domain;

import java.time.LocalDate;

/**
 * Why an audit is overdue: it was not performed by its planned date, or it was performed but not
 * closed within the closing period.
 */
public record AuditOverdue(Kind kind, LocalDate dueOn, long daysOverdue) {

    /** What is late. */
    public enum Kind {
        /** The planned date passed and the audit was not performed. */
        NOT_PERFORMED,
        /** The audit was performed but not closed within the closing period. */
        NOT_CLOSED
    }
}
