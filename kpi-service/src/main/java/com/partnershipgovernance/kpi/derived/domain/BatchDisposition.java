package com.partnershipgovernance.kpi.derived.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** A partner's manufacturing batch as dispositioned (released or rejected), and whether right first time. */
@Entity
@Table(name = "batch_disposition")
public class BatchDisposition {

    @Id
    @Column(name = "batch_id")
    private UUID batchId;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(nullable = false)
    private String disposition;

    @Column(name = "right_first_time", nullable = false)
    private boolean rightFirstTime;

    @Column(name = "dispositioned_on", nullable = false)
    private LocalDate dispositionedOn;

    @Version
    private long version;

    protected BatchDisposition() {
    }

    public BatchDisposition(UUID batchId, UUID partnerId) {
        this.batchId = batchId;
        this.partnerId = partnerId;
    }

    /** The batch was dispositioned; a later disposition of the same batch replaces the earlier one. */
    public void dispositioned(String disposition, boolean rightFirstTime, LocalDate on) {
        this.disposition = disposition;
        this.rightFirstTime = rightFirstTime;
        this.dispositionedOn = on;
    }

    public LocalDate dispositionedOn() {
        return dispositionedOn;
    }
}
