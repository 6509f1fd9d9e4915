package com.partnershipgovernance.agreement.batch.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A batch (lot) a partner manufactured under a MANUFACTURING SOW, with its disposition. It is right first
 * time when it was RELEASED without rework and without any deviation: a PENDING batch is not (yet), a REJECTED
 * one never is, and a deviation linked after release takes it back.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "batch")
@Audited
public class Batch {

    @Id
    private UUID id;

    @Column(name = "sow_id", nullable = false, updatable = false)
    private UUID sowId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private UUID partnerId;

    @Column(name = "batch_number", nullable = false, updatable = false)
    private String batchNumber;

    @Column(nullable = false)
    private String product;

    @Column(name = "manufactured_on", nullable = false)
    private LocalDate manufacturedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disposition disposition;

    @Column(name = "dispositioned_on")
    private LocalDate dispositionedOn;

    @Column(name = "dispositioned_by")
    private String dispositionedBy;

    @Column(name = "dispositioned_by_name")
    private String dispositionedByName;

    @Column(name = "dispositioned_at")
    private Instant dispositionedAt;

    @Column(name = "disposition_reason")
    private String dispositionReason;

    @Column(nullable = false)
    private boolean rework;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "deviation_ids", nullable = false)
    private List<UUID> deviationIds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Batch() {
    }

    /**
     * Records a batch manufactured under a SOW, PENDING its disposition.
     *
     * @param sowIsManufacturing whether the SOW is of kind MANUFACTURING
     * @throws BusinessRuleException (422) naming {@code sowId} when it is not
     */
    public static Batch record(UUID sowId, boolean sowIsManufacturing, UUID partnerId, String batchNumber,
                               String product, LocalDate manufacturedOn, boolean rework, List<UUID> deviationIds,
                               Instant now) {
        if (!sowIsManufacturing) {
            throw BusinessRuleException.onField("sowId", "is not a MANUFACTURING SOW: batches are recorded under "
                    + "manufacturing work only");
        }
        Batch batch = new Batch();
        batch.id = UUID.randomUUID();
        batch.sowId = sowId;
        batch.partnerId = partnerId;
        batch.batchNumber = batchNumber;
        batch.product = product;
        batch.manufacturedOn = manufacturedOn;
        batch.disposition = Disposition.PENDING;
        batch.rework = rework;
        batch.deviationIds = deviationIds == null ? List.of() : deviationIds.stream().distinct().toList();
        batch.createdAt = now;
        return batch;
    }

    /**
     * Releases or rejects a PENDING batch, on {@code on}, by {@code by}.
     *
     * @throws IllegalTransitionException (409) unless the batch is PENDING and {@code to} is RELEASED or REJECTED
     */
    public void disposition(Disposition to, String reason, String by, String byName, LocalDate on, Instant now) {
        if (disposition != Disposition.PENDING || to == Disposition.PENDING) {
            throw new IllegalTransitionException("The batch is " + disposition + " and cannot become " + to
                    + ": a PENDING batch is RELEASED or REJECTED, once");
        }
        disposition = to;
        dispositionReason = reason;
        dispositionedBy = by;
        dispositionedByName = byName;
        dispositionedOn = on;
        dispositionedAt = now;
    }

    /**
     * Flags that the batch needed rework (so it is not right first time).
     *
     * @throws ConflictException (409) once the batch was dispositioned
     */
    public void markRework() {
        if (disposition != Disposition.PENDING) {
            throw new ConflictException("The batch is " + disposition + ": rework is flagged before disposition");
        }
        rework = true;
    }

    /**
     * Links a deviation raised about the batch; linking it again changes nothing. Allowed after disposition
     * too: a deviation may be found later (e.g. in a stability or complaint investigation).
     *
     * @return whether the deviation was not linked yet
     */
    public boolean linkDeviation(UUID deviationId) {
        if (deviationIds.contains(deviationId)) {
            return false;
        }
        List<UUID> linked = new ArrayList<>(deviationIds);
        linked.add(deviationId);
        deviationIds = List.copyOf(linked);
        return true;
    }

    /** Right first time: RELEASED, with neither rework nor any deviation. */
    public boolean isRightFirstTime() {
        return disposition == Disposition.RELEASED && !rework && deviationIds.isEmpty();
    }

    public UUID id() {
        return id;
    }

    public UUID sowId() {
        return sowId;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public String batchNumber() {
        return batchNumber;
    }

    public String product() {
        return product;
    }

    public LocalDate manufacturedOn() {
        return manufacturedOn;
    }

    public Disposition disposition() {
        return disposition;
    }

    public LocalDate dispositionedOn() {
        return dispositionedOn;
    }

    public String dispositionedBy() {
        return dispositionedBy;
    }

    public String dispositionedByName() {
        return dispositionedByName;
    }

    public Instant dispositionedAt() {
        return dispositionedAt;
    }

    public String dispositionReason() {
        return dispositionReason;
    }

    public boolean isRework() {
        return rework;
    }

    public List<UUID> deviationIds() {
        return List.copyOf(deviationIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
