package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A statement of work placed with a partner under an executed master services agreement: one kind of work
 * with its activities, deliverables, timeline, budget and escalation path. Its content lives in numbered
 * {@link SowVersion}s with the shared agreement lifecycle of {@link VersionedAgreement}; executing one also
 * needs its MSA executed.
 */
@Entity
@Table(name = "sow")
@Audited
public class StatementOfWork extends VersionedAgreement<SowVersion, SowTerms> {

    @Column(name = "msa_id", nullable = false, updatable = false)
    private UUID msaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SowKind kind;

    @NotAudited
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "sow", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<SowVersion> versions = new ArrayList<>();

    protected StatementOfWork() {
    }

    private StatementOfWork(UUID msaId, UUID partnerId, SowKind kind, SowTerms terms, Instant now) {
        super(partnerId, now);
        this.msaId = msaId;
        this.kind = kind;
        start(terms, now);
    }

    /**
     * Drafts a new SOW under an MSA: version 1, DRAFT, with the MSA's partner.
     *
     * @param msaExecuted whether the MSA has an EXECUTED version now
     * @throws BusinessRuleException (422) naming {@code msaId} when the MSA is not executed
     */
    public static StatementOfWork draft(UUID msaId, boolean msaExecuted, UUID partnerId, SowKind kind,
                                        SowTerms terms, Instant now) {
        requireMsaExecuted(msaExecuted);
        return new StatementOfWork(msaId, partnerId, kind, terms, now);
    }

    /**
     * The rule of a SOW for drafting and executing: its MSA is executed now.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} when it is not
     */
    public static void requireMsaExecuted(boolean msaExecuted) {
        if (!msaExecuted) {
            throw BusinessRuleException.onField("msaId", "is not an EXECUTED master services agreement: a SOW is "
                    + "placed and executed only under an executed MSA");
        }
    }

    /** Whether a version was ever executed (it is in force, or was until it ended or was superseded). */
    public boolean wasExecuted() {
        return versions.stream().anyMatch(v -> v.status() != AgreementStatus.DRAFT
                && v.status() != AgreementStatus.IN_REVIEW && v.status() != AgreementStatus.APPROVED);
    }

    /** The terms that apply now: those in force, else the latest version's. */
    public SowTerms currentTerms() {
        return inForce().orElse(latest()).terms();
    }

    @Override
    public AgreementKind agreementKind() {
        return AgreementKind.SOW;
    }

    @Override
    protected List<SowVersion> versionList() {
        return versions;
    }

    @Override
    protected SowVersion newVersion(int number, SowTerms terms, String amendmentReason, Instant now) {
        return new SowVersion(this, number, terms, amendmentReason, now);
    }

    @Override
    protected void identify(Map<String, Object> content) {
        content.put("msaId", msaId);
        content.put("partnerId", partnerId());
        content.put("sowKind", kind);
    }

    public UUID msaId() {
        return msaId;
    }

    public SowKind kind() {
        return kind;
    }
}
