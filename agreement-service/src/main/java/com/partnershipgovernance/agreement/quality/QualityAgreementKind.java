package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.KindOfAgreement;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionsOfKind;
import com.partnershipgovernance.agreement.quality.api.QualityAgreementRequest;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Quality agreements as a kind of agreement: GMP responsibilities, audit rights and notification timelines
 * with a partner, owned by quality from draft to signature; every area of the responsibility matrix is
 * assigned (checked by the terms).
 */
@Singleton
public class QualityAgreementKind extends KindOfAgreement<QualityAgreement, QualityAgreementVersion, QualityTerms,
        QualityAgreementRequest> {

    @Inject
    public QualityAgreementKind(QualityAgreementRepository agreements) {
        super(AgreementKind.QUALITY_AGREEMENT, agreements,
                new VersionsOfKind<>(QualityAgreementVersion.class, "agreement", "expiresOn"), QualityAgreement::draft);
    }
}
