package com.partnershipgovernance.partner.regulatory.domain;

import com.partnershipgovernance.platform.retire.Retirement;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.UUID;

/** A regulatory inspection of the partner (or one of its sites) and its outcome. */
@Entity
@Table(name = "inspection")
@Audited
public class Inspection extends TrackRecordEntry {

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

    protected Inspection() {
    }

    public Inspection(UUID partnerId, InspectionFacts facts) {
        super(partnerId);
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

    @Override
    protected String entryName() {
        return "inspection record";
    }

    @Override
    protected Retirement retirement() {
        return retirement;
    }

    @Override
    protected void recordRetirement(Retirement retirement) {
        this.retirement = retirement;
    }

    public InspectionFacts facts() {
        return new InspectionFacts(siteId, inspectedOn, authority, authorityName, outcome, observations, notes);
    }
}
