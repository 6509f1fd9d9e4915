package com.partnershipgovernance.kpi.derived.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's manufacturing batch as dispositioned (released or rejected), and whether right first time: only a
 * RELEASED batch can be, whatever an event says (events published before the rule was fixed called a clean
 * REJECTED batch right first time), and a deviation linked later takes it back.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "batch_disposition")
public class BatchDisposition extends PartnerFact {

    private static final String RELEASED = "RELEASED";

    @Id
    @Column(name = "batch_id")
    private UUID batchId;

    @Column(nullable = false)
    private String disposition;

    @Column(name = "right_first_time", nullable = false)
    private boolean rightFirstTime;

    @Column(name = "dispositioned_on", nullable = false)
    private LocalDate dispositionedOn;

    protected BatchDisposition() {
    }

    public BatchDisposition(UUID batchId, UUID partnerId) {
        super(partnerId);
        this.batchId = batchId;
    }

    /** The batch was dispositioned; a later disposition of the same batch replaces the earlier one. */
    public void dispositioned(String disposition, boolean rightFirstTime, LocalDate on) {
        this.disposition = disposition;
        this.rightFirstTime = RELEASED.equals(disposition) && rightFirstTime;
        this.dispositionedOn = on;
    }

    /**
     * A deviation was linked to the batch after its disposition; a batch that is no longer right first time
     * never becomes so again.
     *
     * @return whether the batch stopped being right first time
     */
    public boolean deviationLinked(boolean stillRightFirstTime) {
        if (!rightFirstTime || stillRightFirstTime) {
            return false;
        }
        rightFirstTime = false;
        return true;
    }

    public LocalDate dispositionedOn() {
        return dispositionedOn;
    }
}
