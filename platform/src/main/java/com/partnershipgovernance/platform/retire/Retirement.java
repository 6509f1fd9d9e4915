package com.partnershipgovernance.platform.retire;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Records are never hard-deleted: {@code DELETE} retires them with who, when and why. A retired
 * record answers 404 unless {@code ?includeRetired=true}, and keeps its history.
 */
@Embeddable
public class Retirement {

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by")
    private String retiredBy;

    @Column(name = "retired_reason")
    private String reason;

    protected Retirement() {
    }

    public Retirement(Instant retiredAt, String retiredBy, String reason) {
        this.retiredAt = retiredAt;
        this.retiredBy = retiredBy;
        this.reason = reason;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public String retiredBy() {
        return retiredBy;
    }

    public String reason() {
        return reason;
    }
}
