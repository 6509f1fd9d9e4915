package com.partnershipgovernance.partner.partner.domain;

/** The volumes a partner can serve. */
public enum Scale {
    PRECLINICAL, CLINICAL, COMMERCIAL
}
