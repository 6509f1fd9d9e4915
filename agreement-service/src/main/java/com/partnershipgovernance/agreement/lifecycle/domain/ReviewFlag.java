package com.partnershipgovernance.agreement.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * An agreement called into review outside its review date (e.g. its partner was suspended): why and
 * since when. It stays until a legal reviewer clears it.
 */
@Embeddable
public class ReviewFlag {

    @Column(name = "review_flag_reason")
    private String reason;

    @Column(name = "review_flagged_at")
    private Instant flaggedAt;

    protected ReviewFlag() {
    }

    public ReviewFlag(String reason, Instant flaggedAt) {
        this.reason = reason;
        this.flaggedAt = flaggedAt;
    }

    public String reason() {
        return reason;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public boolean isRaised() {
        return flaggedAt != null;
    }
}
