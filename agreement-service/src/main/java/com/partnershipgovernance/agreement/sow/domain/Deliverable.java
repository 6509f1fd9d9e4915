package com.partnershipgovernance.agreement.sow.domain;

import java.util.Objects;

/** Something a statement of work produces, and which party is responsible for delivering it. */
public record Deliverable(String name, String description, Responsibility responsibility) {

    public Deliverable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(responsibility, "responsibility");
    }
}
