package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.SpendLineRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts SOWs under executed MSAs, edits drafts and starts amendments: the commercial terms owned by legal
 * and finance. Lifecycle moves are {@link SowLifecycle}'s.
 */
@ApplicationScoped
public class SowDrafting {

    @Inject
    SowRepository sows;

    @Inject
    MsaGate msaGate;

    @Inject
    SpendLineRepository spendLines;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /**
     * Drafts version 1 of a new SOW with the MSA's partner.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} when the MSA is unknown or not EXECUTED
     */
    @Transactional
    public StatementOfWork draft(UUID msaId, SowKind kind, SowTerms terms) {
        MasterServicesAgreement msa = msaGate.require(msaId);
        StatementOfWork sow = StatementOfWork.draft(msa.id(), msaGate.isExecuted(Optional.of(msa)), msa.partnerId(),
                kind, terms, clock.instant());
        sows.persistAndFlush(sow);
        return sow;
    }

    /**
     * Replaces the terms of the latest version, a DRAFT. Needs the SOW's ETag; a version that was in review,
     * or an amendment, needs the reason ({@code X-Change-Reason}) too.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} or {@code kind} when the body changes them, or
     *                               {@code budget.currency} when it changes the currency after spend was posted
     */
    @Transactional
    public StatementOfWork revise(UUID id, String ifMatch, UUID msaId, SowKind kind, SowTerms terms) {
        StatementOfWork sow = sows.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("SOW", id));
        Preconditions.requireIfMatch(ifMatch, sow.version());
        if (!sow.msaId().equals(msaId)) {
            throw BusinessRuleException.onField("msaId", "cannot change: a SOW stays under its MSA");
        }
        if (sow.kind() != kind) {
            throw BusinessRuleException.onField("kind", "cannot change: place a new SOW for another kind of work");
        }
        if (sow.latest().needsReasonForEdits()) {
            changeContext.requireReason();
        }
        String spendCurrency = sow.currentTerms().budget().currency();
        // spend is kept in the budget's currency: it cannot move once money was posted
        if (!terms.budget().currency().equals(spendCurrency) && spendLines.count("sowId", sow.id()) > 0) {
            throw BusinessRuleException.onField("budget.currency", "cannot become " + terms.budget().currency()
                    + ": spend was posted against the SOW in " + spendCurrency);
        }
        sow.revise(terms, clock.instant());
        sows.flush();
        return sow;
    }

    /** Starts an amendment of an EXECUTED SOW: a new DRAFT version with the current terms. */
    @Transactional
    public SowVersion amend(UUID id, String ifMatch, String reason) {
        StatementOfWork sow = sows.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("SOW", id));
        Preconditions.requireIfMatch(ifMatch, sow.version());
        changeContext.because(reason);
        SowVersion amendment = sow.amend(reason, clock.instant());
        sows.flush();
        return amendment;
    }

    /** Clears the review flag after legal or finance reviewed the SOW; the reason is required. */
    @Transactional
    public StatementOfWork clearReviewFlag(UUID id, String ifMatch) {
        StatementOfWork sow = sows.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("SOW", id));
        Preconditions.requireIfMatch(ifMatch, sow.version());
        changeContext.requireReason();
        sow.clearReviewFlag(clock.instant());
        sows.flush();
        return sow;
    }
}
