package com.partnershipgovernance.partner.regulatory.domain;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.retire.Retirement;
import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A regulatory inspection of the partner (or one of its sites) and its outcome. */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "inspection")
@Audited
public class Inspection {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegulatoryAuthority authority;

    @Column(name = "authority_name")
    private String authorityName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionOutcome outcome;

    private Integer observations;

    private String notes;

    @Embedded
    private Retirement retirement;

    @Version
    private long version;

    protected Inspection() {
    }

    public Inspection(UUID partnerId, InspectionFacts facts) {
        this.id = UUID.randomUUID();
        this.partnerId = partnerId;
        correct(facts);
    }

    /** Replaces what was recorded (a correction, with its reason in the audit trail). */
    public void correct(InspectionFacts facts) {
        siteId = facts.siteId();
        inspectedOn = facts.inspectedOn();
        authority = facts.authority();
        authorityName = facts.authorityName();
        outcome = facts.outcome();
        observations = facts.observations();
        notes = facts.notes();
    }

    public void retire(String reason, String actorId, Instant now) {
        if (isRetired()) {
            throw new IllegalTransitionException("The inspection record was already retired");
        }
        retirement = new Retirement(now, actorId, reason);
    }

    public boolean isRetired() {
        return retirement != null && retirement.retiredAt() != null;
    }

    public InspectionFacts facts() {
        return new InspectionFacts(siteId, inspectedOn, authority, authorityName, outcome, observations, notes);
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public Retirement retirement() {
        return retirement;
    }

    public long version() {
        return version;
    }
}
