package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.AgreementDrafting;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.agreement.sow.domain.SpendLineRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.agreement.sow.domain.TimelineRevised;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Drafts SOWs under executed MSAs and edits drafts: the commercial terms owned by legal and finance.
 * Lifecycle moves and amendments are {@link SowLifecycle}'s.
 */
@ApplicationScoped
public class SowDrafting extends AgreementDrafting<StatementOfWork, SowTerms> {

    @Inject
    SowLifecycle lifecycle;

    @Inject
    MsaGate msaGate;

    @Inject
    SpendLineRepository spendLines;

    @Inject
    Event<TimelineRevised> timelineRevised;

    @Override
    protected SowLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Drafts version 1 of a new SOW with the MSA's partner.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} when the MSA is unknown or not EXECUTED
     */
    @Transactional
    public StatementOfWork draft(UUID msaId, SowKind kind, SowTerms terms) {
        MasterServicesAgreement msa = msaGate.require(msaId);
        return persist(StatementOfWork.draft(msa.id(), msaGate.isExecuted(Optional.of(msa)), msa.partnerId(), kind,
                terms, clock.instant()));
    }

    /**
     * Replaces the terms of the latest version, a DRAFT, under the SOW's ETag.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} or {@code kind} when the body changes them,
     *                               {@code budget.currency} when it changes the currency after spend was posted,
     *                               or {@code timeline.startOn} / {@code timeline.endOn} when the timeline no
     *                               longer covers a milestone still to be completed
     */
    @Transactional
    public StatementOfWork revise(UUID id, String ifMatch, UUID msaId, SowKind kind, SowTerms terms) {
        StatementOfWork sow = lifecycle.load(id, ifMatch);
        if (!sow.msaId().equals(msaId)) {
            throw BusinessRuleException.onField("msaId", "cannot change: a SOW stays under its MSA");
        }
        if (sow.kind() != kind) {
            throw BusinessRuleException.onField("kind", "cannot change: place a new SOW for another kind of work");
        }
        String spendCurrency = sow.currentTerms().budget().currency();
        // spend is kept in the budget's currency: it cannot move once money was posted
        if (!terms.budget().currency().equals(spendCurrency) && spendLines.count("sowId", sow.id()) > 0) {
            throw BusinessRuleException.onField("budget.currency", "cannot become " + terms.budget().currency()
                    + ": spend was posted against the SOW in " + spendCurrency);
        }
        // milestones planned on the SOW must stay within its timeline: an observer refuses it otherwise
        timelineRevised.fire(new TimelineRevised(sow.id(), terms.startOn(), terms.endOn()));
        return revise(sow, terms);
    }
}
