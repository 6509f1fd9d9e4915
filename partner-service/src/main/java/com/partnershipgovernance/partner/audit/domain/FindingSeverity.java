package com.partnershipgovernance.partner.audit.domain;

/**
 * How serious an audit finding is. Critical and major findings hold the audit open until they are
 * closed; every finding but an observation needs the partner's response (a CAPA plan) by a due date.
 */
public enum FindingSeverity {
    CRITICAL, MAJOR, MINOR, OBSERVATION;

    /** The audit closes only once every finding of this severity is closed. */
    public boolean blocksAuditClosure() {
        return this == CRITICAL || this == MAJOR;
    }

    /** The partner must respond by a due date before the finding can close. */
    public boolean requiresResponse() {
        return this != OBSERVATION;
    }
}
