package com.partnershipgovernance.partner.regulatory.domain;

/** The authority that inspected a partner or reviewed a submission; OTHER carries the authority's name. */
public enum RegulatoryAuthority {
    FDA, EMA, MHRA, PMDA, OTHER
}
