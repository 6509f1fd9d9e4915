package com.partnershipgovernance.kpi.threshold.domain;

import com.partnershipgovernance.kpi.definition.domain.Direction;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The target and RAG thresholds of one KPI, for one partner or, without a partner, the portfolio
 * default, valid from a date until an optional last day. The thresholds of one KPI and partner (or of
 * the default) never overlap in time, so for any day at most one applies.
 */
@Entity
// portfolio defaults (no partner) are every partner's to read
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or partner_id is null or partner_id = :partnerId)")
@Table(name = "rag_threshold")
@Audited
public class RagThreshold {

    @Id
    private UUID id;

    @Column(name = "kpi_code", nullable = false, updatable = false)
    private String kpiCode;

    /** Null for the portfolio default. */
    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;

    @Column(nullable = false, updatable = false)
    private BigDecimal target;

    @Column(name = "green_threshold", nullable = false, updatable = false)
    private BigDecimal greenThreshold;

    @Column(name = "red_threshold", nullable = false, updatable = false)
    private BigDecimal redThreshold;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    /** The last day it applies; null while open-ended. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RagThreshold() {
    }

    /**
     * Sets thresholds for a KPI of {@code direction}.
     *
     * @throws ValidationException naming {@code validUntil} when it is before {@code validFrom}
     * @throws com.partnershipgovernance.platform.problem.BusinessRuleException when the limits are in the
     *                                                                          wrong order for the direction
     */
    public RagThreshold(String kpiCode, Direction direction, UUID partnerId, RagLimits limits, LocalDate validFrom,
                        LocalDate validUntil, String comment, Instant now) {
        limits.requireOrderFor(direction);
        requireUntilNotBeforeFrom(validFrom, validUntil);
        this.id = UUID.randomUUID();
        this.kpiCode = kpiCode;
        this.partnerId = partnerId;
        this.target = limits.target();
        this.greenThreshold = limits.greenThreshold();
        this.redThreshold = limits.redThreshold();
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.comment = comment;
        this.createdAt = now;
    }

    /** Whether this and {@code other} share at least one day of validity. */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherUntil) {
        boolean startsBeforeOtherEnds = otherUntil == null || !validFrom.isAfter(otherUntil);
        boolean otherStartsBeforeThisEnds = validUntil == null || !otherFrom.isAfter(validUntil);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Whether it applies on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * Ends the validity on {@code lastDay}, e.g. before new thresholds take over.
     *
     * @throws ValidationException naming {@code validUntil} when it is before {@code validFrom}
     */
    public void endOn(LocalDate lastDay) {
        requireUntilNotBeforeFrom(validFrom, lastDay);
        this.validUntil = lastDay;
    }

    public RagLimits limits() {
        return new RagLimits(target, greenThreshold, redThreshold);
    }

    private static void requireUntilNotBeforeFrom(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw new ValidationException("validUntil", "must not be before validFrom (" + from + ")");
        }
    }

    public UUID id() {
        return id;
    }

    public String kpiCode() {
        return kpiCode;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
