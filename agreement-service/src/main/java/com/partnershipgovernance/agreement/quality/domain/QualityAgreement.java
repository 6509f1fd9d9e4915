package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange.Actor;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.signature.ElectronicSignature;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A quality agreement with a partner: who is responsible for which GMP area, the sponsor's audit rights and
 * the partner's deviation notification timelines. Its content lives in numbered
 * {@link QualityAgreementVersion}s with the shared agreement lifecycle of {@link VersionedAgreement}.
 */
@Entity
@Table(name = "quality_agreement")
@Audited
public class QualityAgreement extends VersionedAgreement<QualityAgreementVersion, QualityTerms> {

    @NotAudited
    @BatchSize(size = 50)
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<QualityAgreementVersion> versions = new ArrayList<>();

    protected QualityAgreement() {
    }

    private QualityAgreement(UUID partnerId, QualityTerms terms, Instant now) {
        super(partnerId, now);
        start(terms, now);
    }

    /** Drafts a new agreement with a partner: version 1, DRAFT. */
    public static QualityAgreement draft(UUID partnerId, QualityTerms terms, Instant now) {
        return new QualityAgreement(partnerId, terms, now);
    }

    /**
     * Moves version {@code versionNumber} (the latest when null) to {@code to}; see
     * {@link VersionedAgreement#move}. Executing needs a QUALIFIED or CONDITIONALLY_APPROVED partner.
     */
    public List<AgreementStatusChange> changeStatus(Integer versionNumber, AgreementStatus to, String reason,
                                                    Actor actor, String partnerQualification,
                                                    Function<QualityAgreementVersion, ElectronicSignature> signer,
                                                    LocalDate today, Instant now) {
        return move(versionNumber, to, reason, actor, partnerQualification, () -> { }, signer, today, now);
    }

    @Override
    public AgreementKind agreementKind() {
        return AgreementKind.QUALITY_AGREEMENT;
    }

    @Override
    protected String label() {
        return "quality agreement";
    }

    @Override
    protected List<QualityAgreementVersion> versionList() {
        return versions;
    }

    @Override
    protected QualityAgreementVersion newVersion(int number, QualityTerms terms, String amendmentReason,
                                                 Instant now) {
        return new QualityAgreementVersion(this, number, terms, amendmentReason, now);
    }
}
