package com.partnershipgovernance.agreement.sow.domain;

/** Which party delivers a deliverable of a statement of work. */
public enum Responsibility {
    SPONSOR, PARTNER
}
