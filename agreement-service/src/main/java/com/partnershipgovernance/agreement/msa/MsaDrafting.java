package com.partnershipgovernance.agreement.msa;

import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.msa.domain.MsaVersion;
import com.partnershipgovernance.agreement.partner.domain.KnownPartner;
import com.partnershipgovernance.agreement.partner.domain.KnownPartnerRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Drafts MSAs, edits drafts, starts amendments and clears review flags: the commercial terms owned by legal
 * and finance. Lifecycle moves are {@link MsaLifecycle}'s.
 */
@ApplicationScoped
public class MsaDrafting {

    @Inject
    MsaRepository msas;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /**
     * Drafts version 1 of a new MSA.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when no such partner was announced
     */
    @Transactional
    public MasterServicesAgreement draft(UUID partnerId, MsaTerms terms) {
        // a placeholder (an event about a partner not registered yet) is no partner to contract with
        KnownPartner partner = partners.findByIdOptional(partnerId).filter(p -> p.legalName() != null)
                .orElseThrow(() -> BusinessRuleException.onField("partnerId",
                        "is not a partner known to agreement-service (registered in partner-service)"));
        MasterServicesAgreement msa = MasterServicesAgreement.draft(partner.id(), terms, clock.instant());
        msas.persistAndFlush(msa);
        return msa;
    }

    /**
     * Replaces the terms of the latest version, a DRAFT. Needs the agreement's ETag; a version that was in
     * review, or an amendment, needs the reason ({@code X-Change-Reason}) too.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when the body names another partner
     */
    @Transactional
    public MasterServicesAgreement revise(UUID id, String ifMatch, UUID partnerId, MsaTerms terms) {
        MasterServicesAgreement msa = msas.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("MSA", id));
        Preconditions.requireIfMatch(ifMatch, msa.version());
        if (!msa.partnerId().equals(partnerId)) {
            throw BusinessRuleException.onField("partnerId", "cannot change: an agreement stays with its partner");
        }
        if (msa.latest().needsReasonForEdits()) {
            changeContext.requireReason();
        }
        msa.revise(terms, clock.instant());
        msas.flush();
        return msa;
    }

    /** Starts an amendment of an EXECUTED agreement: a new DRAFT version with the current terms. */
    @Transactional
    public MsaVersion amend(UUID id, String ifMatch, String reason) {
        MasterServicesAgreement msa = msas.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("MSA", id));
        Preconditions.requireIfMatch(ifMatch, msa.version());
        changeContext.because(reason);
        MsaVersion amendment = msa.amend(reason, clock.instant());
        msas.flush();
        return amendment;
    }

    /** Clears the review flag after legal reviewed the agreement; the reason is required. */
    @Transactional
    public MasterServicesAgreement clearReviewFlag(UUID id, String ifMatch) {
        MasterServicesAgreement msa = msas.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("MSA", id));
        Preconditions.requireIfMatch(ifMatch, msa.version());
        changeContext.requireReason();
        msa.clearReviewFlag(clock.instant());
        msas.flush();
        return msa;
    }
}
