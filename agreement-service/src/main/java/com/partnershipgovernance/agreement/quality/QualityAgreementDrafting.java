package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.agreement.quality.domain.QualityTerms;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
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
 * Drafts quality agreements, edits drafts, starts amendments and clears review flags: owned by quality.
 * Lifecycle moves are {@link QualityAgreementLifecycle}'s.
 */
@ApplicationScoped
public class QualityAgreementDrafting {

    @Inject
    QualityAgreementRepository agreements;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /**
     * Drafts version 1 of a new quality agreement.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when no such partner was announced
     */
    @Transactional
    public QualityAgreement draft(UUID partnerId, QualityTerms terms) {
        // a placeholder (an event about a partner not registered yet) is no partner to contract with
        KnownPartner partner = partners.findByIdOptional(partnerId).filter(p -> p.legalName() != null)
                .orElseThrow(() -> BusinessRuleException.onField("partnerId",
                        "is not a partner known to agreement-service (registered in partner-service)"));
        QualityAgreement agreement = QualityAgreement.draft(partner.id(), terms, clock.instant());
        agreements.persistAndFlush(agreement);
        return agreement;
    }

    /**
     * Replaces the terms of the latest version, a DRAFT. Needs the agreement's ETag; a version that was in
     * review, or an amendment, needs the reason ({@code X-Change-Reason}) too.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} when the body names another partner
     */
    @Transactional
    public QualityAgreement revise(UUID id, String ifMatch, UUID partnerId, QualityTerms terms) {
        QualityAgreement agreement = agreements.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Quality agreement", id));
        Preconditions.requireIfMatch(ifMatch, agreement.version());
        if (!agreement.partnerId().equals(partnerId)) {
            throw BusinessRuleException.onField("partnerId", "cannot change: an agreement stays with its partner");
        }
        if (agreement.latest().needsReasonForEdits()) {
            changeContext.requireReason();
        }
        agreement.revise(terms, clock.instant());
        agreements.flush();
        return agreement;
    }

    /** Starts an amendment of an EXECUTED agreement: a new DRAFT version with the current terms. */
    @Transactional
    public QualityAgreementVersion amend(UUID id, String ifMatch, String reason) {
        QualityAgreement agreement = agreements.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Quality agreement", id));
        Preconditions.requireIfMatch(ifMatch, agreement.version());
        changeContext.because(reason);
        QualityAgreementVersion amendment = agreement.amend(reason, clock.instant());
        agreements.flush();
        return amendment;
    }

    /** Clears the review flag after quality reviewed the agreement; the reason is required. */
    @Transactional
    public QualityAgreement clearReviewFlag(UUID id, String ifMatch) {
        QualityAgreement agreement = agreements.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Quality agreement", id));
        Preconditions.requireIfMatch(ifMatch, agreement.version());
        changeContext.requireReason();
        agreement.clearReviewFlag(clock.instant());
        agreements.flush();
        return agreement;
    }
}
