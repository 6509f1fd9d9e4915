package com.partnershipgovernance.risk.register.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.partnershipgovernance.platform.http.Versioned;

/**
 * A record that belongs to a risk (a review, a decided proposal) answered with the risk's version as
 * {@code ETag}: recording or deciding it changed the risk, whose next change names that version in
 * {@code If-Match}. The body is the record alone.
 */
public record OfRisk<V>(V record, long version) implements Versioned {

    @JsonValue
    V body() {
        return record;
    }
}
