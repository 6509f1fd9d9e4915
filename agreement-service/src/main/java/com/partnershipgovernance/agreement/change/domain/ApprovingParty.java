package com.partnershipgovernance.agreement.change.domain;

/** Who decides a change request: the sponsor's quality unit or the partner. */
public enum ApprovingParty {
    SPONSOR, PARTNER
}
