package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.lifecycle.KindOfAgreement;
import com.partnershipgovernance.agreement.lifecycle.Parties;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionsOfKind;
import com.partnershipgovernance.agreement.lifecycle.events.AgreementStatusChanged;
import com.partnershipgovernance.agreement.msa.domain.MasterServicesAgreement;
import com.partnershipgovernance.agreement.sow.api.SowRequest;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.SpendLineRepository;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.agreement.sow.domain.TimelineRevised;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * SOWs as a kind of agreement: work placed with the partner of an executed MSA, drafted, moved, signed and
 * reviewed by legal or finance. A SOW is drafted and executed only under an executed MSA, keeps its MSA and
 * kind of work, keeps its budget's currency once spend was posted, keeps its timeline around the milestones
 * still to be completed, expires after the end of its timeline, and its events name its MSA and kind.
 */
@Singleton
public class StatementOfWorkKind extends KindOfAgreement<StatementOfWork, SowVersion, SowTerms, SowRequest> {

    private final MsaGate msaGate;
    private final SpendLineRepository spendLines;
    private final Event<TimelineRevised> timelineRevised;

    @Inject
    public StatementOfWorkKind(SowRepository sows, MsaGate msaGate, SpendLineRepository spendLines,
                               Event<TimelineRevised> timelineRevised) {
        super(AgreementKind.SOW, sows, new VersionsOfKind<>(SowVersion.class, "sow", "endOn"), null);
        this.msaGate = msaGate;
        this.spendLines = spendLines;
        this.timelineRevised = timelineRevised;
    }

    /**
     * Drafts version 1 of a new SOW with the MSA's partner.
     *
     * @throws BusinessRuleException (422) naming {@code msaId} when the MSA is unknown or not EXECUTED
     */
    @Override
    protected StatementOfWork draft(SowRequest request, Parties parties, Instant now) {
        SowTerms terms = request.toTerms();
        MasterServicesAgreement msa = msaGate.require(request.msaId());
        return StatementOfWork.draft(msa.id(), msaGate.isExecuted(Optional.of(msa)), msa.partnerId(),
                request.kind(), terms, now);
    }

    /**
     * @throws BusinessRuleException (422) naming {@code msaId} or {@code kind} when the body changes them,
     *                               {@code budget.currency} when it changes the currency after spend was posted,
     *                               or {@code timeline.startOn} / {@code timeline.endOn} when the timeline no
     *                               longer covers a milestone still to be completed
     */
    @Override
    protected void checkRevision(StatementOfWork sow, SowRequest request, SowTerms terms) {
        if (!sow.msaId().equals(request.msaId())) {
            throw BusinessRuleException.onField("msaId", "cannot change: a SOW stays under its MSA");
        }
        if (sow.kind() != request.kind()) {
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
    }

    @Override
    protected void requireExecutable(StatementOfWork sow) {
        StatementOfWork.requireMsaExecuted(msaGate.isExecuted(sow.msaId()));
    }

    @Override
    protected String expiryReason(SowVersion version) {
        return "Timeline ended on " + version.endsOn();
    }

    @Override
    protected AgreementStatusChanged statusChanged(StatementOfWork sow, AgreementStatusChange move,
                                                   SowVersion version) {
        return AgreementStatusChanged.ofSow(move, sow.partnerId(), sow.msaId(), sow.kind().name(),
                version.startsOn(), version.endsOn());
    }
}
