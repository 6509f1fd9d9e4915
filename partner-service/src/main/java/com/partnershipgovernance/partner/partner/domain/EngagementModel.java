package com.partnershipgovernance.partner.partner.domain;

/** How closely the sponsor works with the partner. */
public enum EngagementModel {
    TACTICAL, PREFERRED_PROVIDER, STRATEGIC_ALLIANCE
}
