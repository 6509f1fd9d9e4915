package com.partnershipgovernance.kpi.review.domain;

/** Someone who attended a steering-committee review: name, side and role on the committee. */
public record Attendee(String name, Organisation organisation, String role) {
}
