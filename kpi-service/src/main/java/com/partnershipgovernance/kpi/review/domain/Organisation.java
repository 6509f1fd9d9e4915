package com.partnershipgovernance.kpi.review.domain;

/** The side of the joint committee an attendee sits on. */
public enum Organisation {
    SPONSOR,
    PARTNER
}
