package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    @Override
    public AgreementKind agreementKind() {
        return AgreementKind.QUALITY_AGREEMENT;
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
