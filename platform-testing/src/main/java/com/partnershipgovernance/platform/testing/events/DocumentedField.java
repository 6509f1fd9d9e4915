package com.partnershipgovernance.platform.testing.events;

/** One row of an event's field table: {@code | `name` | type | meaning |}. */
public record DocumentedField(String name, String type, String meaning) {
}
