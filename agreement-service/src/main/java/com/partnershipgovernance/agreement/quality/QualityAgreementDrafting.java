package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.lifecycle.AgreementDrafting;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Drafts quality agreements and edits drafts, owned by quality. Lifecycle moves and
 * amendments are {@link QualityAgreementLifecycle}'s.
 */
@ApplicationScoped
public class QualityAgreementDrafting extends AgreementDrafting<QualityAgreement, QualityTerms> {

    @Inject
    QualityAgreementLifecycle lifecycle;

    @Override
    protected QualityAgreementLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Drafts version 1 of a new quality agreement.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when no such partner was announced
     */
    @Transactional
    public QualityAgreement draft(UUID partnerId, QualityTerms terms) {
        return persist(QualityAgreement.draft(requireKnownPartner(partnerId).id(), terms, clock.instant()));
    }

    /**
     * Replaces the terms of the latest version, a DRAFT, under the agreement's ETag.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when the body names another partner
     */
    @Transactional
    public QualityAgreement revise(UUID id, String ifMatch, UUID partnerId, QualityTerms terms) {
        QualityAgreement agreement = lifecycle.load(id, ifMatch);
        requireSamePartner(agreement, partnerId);
        return revise(agreement, terms);
    }
}
