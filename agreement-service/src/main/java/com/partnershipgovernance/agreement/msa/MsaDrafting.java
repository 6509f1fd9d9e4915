package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.lifecycle.AgreementDrafting;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Drafts MSAs and edits drafts: the commercial terms owned by legal and finance. Lifecycle moves and
 * amendments are {@link MsaLifecycle}'s.
 */
@ApplicationScoped
public class MsaDrafting extends AgreementDrafting<MasterServicesAgreement, MsaTerms> {

    @Inject
    MsaLifecycle lifecycle;

    @Override
    protected MsaLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Drafts version 1 of a new MSA.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when no such partner was announced
     */
    @Transactional
    public MasterServicesAgreement draft(UUID partnerId, MsaTerms terms) {
        return persist(MasterServicesAgreement.draft(requireKnownPartner(partnerId).id(), terms, clock.instant()));
    }

    /**
     * Replaces the terms of the latest version, a DRAFT, under the agreement's ETag.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when the body names another partner
     */
    @Transactional
    public MasterServicesAgreement revise(UUID id, String ifMatch, UUID partnerId, MsaTerms terms) {
        MasterServicesAgreement msa = lifecycle.load(id, ifMatch);
        requireSamePartner(msa, partnerId);
        return revise(msa, terms);
    }
}
