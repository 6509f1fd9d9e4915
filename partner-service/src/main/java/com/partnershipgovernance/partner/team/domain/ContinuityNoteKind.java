package com.partnershipgovernance.partner.team.domain;

/** What a continuity note is about. */
public enum ContinuityNoteKind {
    TURNOVER, HANDOVER, CONTINUITY_PLAN, CAPACITY, OTHER
}
