package com.partnershipgovernance.partner.audit.domain;

/**
 * Why the sponsor audits the partner: to qualify it, as part of the routine audit programme, or
 * for cause (a quality event, a complaint, a failed batch).
 */
public enum AuditType {
    QUALIFICATION, ROUTINE, FOR_CAUSE
}
