package com.partnershipgovernance.partner.partner.domain;

/** Whether a partner covers one step (specialist) or the whole chain (full service). */
public enum ServiceModel {
    SPECIALIST, FULL_SERVICE
}
