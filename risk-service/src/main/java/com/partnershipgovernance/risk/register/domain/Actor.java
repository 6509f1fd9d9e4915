package com.partnershipgovernance.risk.register.domain;

/** Who changes a record: user id ({@code sub}) and printed name, or the system applying an event. */
public record Actor(String id, String name) {
}
