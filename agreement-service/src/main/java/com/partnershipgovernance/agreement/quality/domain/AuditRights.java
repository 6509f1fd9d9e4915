package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.platform.problem.ValidationException;

/**
 * The sponsor's right to audit the partner: a routine audit at least every {@code routineIntervalMonths},
 * announced {@code noticeDays} ahead, and whether for-cause audits (after a critical deviation, a recall) may
 * be made at short notice.
 */
public record AuditRights(int routineIntervalMonths, int noticeDays, boolean forCauseAudits) {

    /**
     * @throws ValidationException (400) naming the field when out of range
     */
    public AuditRights {
        if (routineIntervalMonths < 1 || routineIntervalMonths > 120) {
            throw new ValidationException("auditRights.routineIntervalMonths", "must be from 1 to 120");
        }
        if (noticeDays < 0 || noticeDays > 365) {
            throw new ValidationException("auditRights.noticeDays", "must be from 0 to 365");
        }
    }

    /** Every two years, 30 days' notice, for-cause audits allowed. */
    public static AuditRights template() {
        return new AuditRights(24, 30, true);
    }
}
