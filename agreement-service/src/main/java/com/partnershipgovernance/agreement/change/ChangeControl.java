package com.partnershipgovernance.agreement.change;

import com.partnershipgovernance.agreement.lifecycle.Parties;
import com.partnershipgovernance.agreement.sow.domain.SowRepository;
import com.partnershipgovernance.agreement.change.domain.ApprovalDecision;
import com.partnershipgovernance.agreement.change.domain.ApprovingParty;
import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestRepository;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestStatus;
import com.partnershipgovernance.agreement.change.events.ChangeRequestEvents;
import com.partnershipgovernance.agreement.change.events.ChangeRequestStatusChanged;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.msa.domain.MsaRepository;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementRepository;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.agreement.quality.domain.ResponsibilityArea;
import com.partnershipgovernance.platform.scope.PartnerScope;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Change control: proposals (quality, or a partner user for their own partnership), decisions by the parties
 * the quality agreement makes responsible, implementation and closure (quality). Every move publishes
 * {@code change-request.status-changed} in the same transaction.
 */
@ApplicationScoped
public class ChangeControl {

    @Inject
    ChangeRequestRepository changeRequests;

    @Inject
    Parties parties;

    @Inject
    MsaRepository msas;

    @Inject
    QualityAgreementRepository qualityAgreements;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    SowRepository sows;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Records a proposal. The agreement must be the partner's MSA, SOW or quality agreement.
     *
     * @throws BusinessRuleException (422) naming {@code partnerId} or {@code agreementId}
     */
    @Transactional
    public ChangeRequest propose(ChangeRequest.Proposal proposal) {
        ChangeRequest.Proposal p = PartnerScope.current().map(own -> forOwnPartner(own, proposal)).orElse(proposal);
        parties.requireKnownPartner(p.partnerId());
        requireAgreementOfPartner(p.agreementKind(), p.agreementId(), p.partnerId());
        Responsibility changeControl = qualityAgreements.inForceOn(p.partnerId(), LocalDate.now(clock))
                .map(v -> v.responsibilities().responsibleFor(ResponsibilityArea.CHANGE_CONTROL)).orElse(null);
        ChangeRequest cr = ChangeRequest.propose(p, changeControl, caller.subject(), clock.instant());
        changeRequests.persistAndFlush(cr);
        announce(cr, null, cr.status());
        return cr;
    }

    /**
     * Records a party's decision: the sponsor's by quality; the partner's by a user of that partner, or by
     * quality recording the partner's written approval.
     */
    @Transactional
    public ChangeRequest decide(UUID id, String ifMatch, ApprovingParty party, ApprovalDecision decision,
                                String comment) {
        ChangeRequest cr = changeRequests.require(id);
        Preconditions.requireIfMatch(ifMatch, cr.version());
        if (party == ApprovingParty.SPONSOR && (caller.isPartnerUser() || !caller.hasRole(Roles.QUALITY))) {
            throw new ForbiddenException("The sponsor's decision is made by its quality unit");
        }
        changeContext.because(party + " " + decision + (comment == null ? "" : ": " + comment));
        cr.decide(party, decision, comment, caller.subject(), caller.name(), clock.instant())
                .ifPresent(move -> {
                    changeRequests.flush();
                    announce(cr, move.from(), move.to());
                });
        changeRequests.flush();
        return cr;
    }

    /** Implements, closes or withdraws the change (quality). */
    @Transactional
    public ChangeRequest move(UUID id, String ifMatch, ChangeRequestStatus to, String reason) {
        ChangeRequest cr = changeRequests.require(id);
        Preconditions.requireIfMatch(ifMatch, cr.version());
        changeContext.because(reason);
        ChangeRequest.Move move = cr.moveTo(to, clock.instant());
        changeRequests.flush();
        announce(cr, move.from(), move.to());
        return cr;
    }

    private void requireAgreementOfPartner(AgreementKind kind, UUID agreementId, UUID partnerId) {
        boolean found = switch (kind) {
            case MSA -> msas.findByIdOptional(agreementId).filter(m -> m.partnerId().equals(partnerId)).isPresent();
            case QUALITY_AGREEMENT -> qualityAgreements.findByIdOptional(agreementId)
                    .filter(q -> q.partnerId().equals(partnerId)).isPresent();
            case SOW -> sows.findByIdOptional(agreementId).filter(s -> s.partnerId().equals(partnerId)).isPresent();
        };
        if (!found) {
            throw BusinessRuleException.onField("agreementId", "is not a " + kind + " with this partner");
        }
    }

    private void announce(ChangeRequest cr, ChangeRequestStatus from, ChangeRequestStatus to) {
        outbox.publish(ChangeRequestEvents.TOPIC, ChangeRequestEvents.STATUS_CHANGED, ChangeRequestEvents.AGGREGATE,
                cr.id(), ChangeRequestStatusChanged.of(cr, from, to));
    }

    private static ChangeRequest.Proposal forOwnPartner(UUID own, ChangeRequest.Proposal p) {
        return new ChangeRequest.Proposal(own, p.agreementKind(), p.agreementId(), p.title(), p.description(),
                p.reason(), p.impact());
    }
}
