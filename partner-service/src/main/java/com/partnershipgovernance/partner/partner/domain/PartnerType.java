package com.partnershipgovernance.partner.partner.domain;

/** What a partner does for the sponsor: research (CRO), development and manufacturing (CDMO), or both. */
public enum PartnerType {
    CRO, CDMO, BOTH
}
