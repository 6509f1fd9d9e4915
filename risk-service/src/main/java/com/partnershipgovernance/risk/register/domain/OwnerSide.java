package com.partnershipgovernance.risk.register.domain;

/** Which side of the partnership owns a risk or a mitigation action. */
public enum OwnerSide {
    SPONSOR, PARTNER
}
