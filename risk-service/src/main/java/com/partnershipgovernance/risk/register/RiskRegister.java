package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.domain.Actor;
import com.partnershipgovernance.risk.register.domain.ReviewDecision;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskDetails;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskReview;
import com.partnershipgovernance.risk.register.domain.RiskReviewRepository;
import com.partnershipgovernance.risk.register.domain.RiskScore;
import com.partnershipgovernance.risk.register.domain.RiskScoreChange;
import com.partnershipgovernance.risk.register.domain.RiskScoreChangeRepository;
import com.partnershipgovernance.risk.register.domain.RiskStatus;
import com.partnershipgovernance.risk.register.events.RiskEvents;
import com.partnershipgovernance.risk.register.events.RiskRaised;
import com.partnershipgovernance.risk.register.events.RiskRescored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Raises, revises, re-scores, reviews and moves risks, keeping each score in the risk's score history and
 * announcing raises and re-scores on {@code risk.events.v1}, in the same transaction as the change.
 * People and the event rules go through the same methods, so both leave the same trail.
 */
@ApplicationScoped
public class RiskRegister {

    @Inject
    RiskRepository risks;

    @Inject
    RiskScoreChangeRepository scoreChanges;

    @Inject
    RiskReviewRepository reviews;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    RiskAccess access;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    RiskSettings settings;

    @Inject
    Clock clock;

    /**
     * A person raises a risk against a partner partner-service has announced.
     *
     * @throws BusinessRuleException naming {@code partnerId} when risk-service has not heard of the partner
     */
    @Transactional
    public Risk raise(UUID partnerId, RiskDetails details, RiskScore score) {
        boolean announced = partners.findByIdOptional(partnerId).map(p -> p.legalName() != null).orElse(false);
        if (!announced) {
            throw BusinessRuleException.onField("partnerId", "is not a partner known to risk-service (partner "
                    + partnerId + " has not been announced by partner-service)");
        }
        return record(partnerId, details, score, null, "Initial assessment");
    }

    /** An event rule raises a risk; the partner (or its placeholder) is known already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Risk raiseFromEvent(UUID partnerId, RiskDetails details, RiskScore score, String causeEventId,
                               String reason) {
        return record(partnerId, details, score, causeEventId, reason);
    }

    /** Revises the descriptive fields; needs If-Match and the {@code X-Change-Reason} header. */
    @Transactional
    public Risk revise(UUID riskId, String ifMatch, RiskDetails details) {
        Risk risk = access.toChange(riskId, ifMatch);
        changeContext.requireReason();
        risk.revise(details, settings.bands());
        risks.flush();
        return risk;
    }

    /**
     * Retires a risk (never deleted): it leaves lists, views and rules, and keeps its history. Needs If-Match and
     * the {@code X-Change-Reason} header.
     */
    @Transactional
    public Risk retire(UUID riskId, String ifMatch) {
        Risk risk = access.toChange(riskId, ifMatch);
        String reason = changeContext.requireReason();
        risk.retire(changeContext.actor().id(), reason, clock.instant());
        risks.flush();
        return risk;
    }

    /** A person re-scores a risk with a reason; needs If-Match. */
    @Transactional
    public Risk rescore(UUID riskId, String ifMatch, RiskScore score, String reason) {
        Risk risk = access.toChange(riskId, ifMatch);
        changeContext.because(reason);
        return rescore(risk, score, reason, null);
    }

    /** An event rule re-scores a risk. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Risk rescoreFromEvent(Risk risk, RiskScore score, String reason, String causeEventId) {
        return rescore(risk, score, reason, causeEventId);
    }

    /** Moves a risk in its lifecycle with a reason; needs If-Match; an illegal move answers 409. */
    @Transactional
    public Risk changeStatus(UUID riskId, String ifMatch, RiskStatus to, String reason) {
        Risk risk = access.toChange(riskId, ifMatch);
        changeContext.because(reason);
        risk.changeStatus(to, reason, settings.bands(), LocalDate.now(clock));
        risks.flush();
        return risk;
    }

    /**
     * Records a review held on {@code reviewedOn} (today when null; never in the future), which moves the risk's next
     * review date a period on. Needs If-Match: the reviewer reviewed the risk as it is now.
     */
    @Transactional
    public RiskReview review(UUID riskId, String ifMatch, LocalDate reviewedOn, ReviewDecision decision,
                             String notes) {
        Risk risk = access.toChange(riskId, ifMatch);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = reviewedOn == null ? today : reviewedOn;
        if (on.isAfter(today)) {
            throw new ValidationException("reviewedOn", "must not be in the future (today is " + today + ")");
        }
        changeContext.because("Review: " + decision + ". " + notes);
        RiskReview review = risk.review(on, decision, notes, settings.bands(), actor(), clock.instant());
        reviews.persist(review);
        risks.flush();
        return review;
    }

    private Risk record(UUID partnerId, RiskDetails details, RiskScore score, String causeEventId, String reason) {
        Risk.Raised raised = Risk.raise(partnerId, details, score, LocalDate.now(clock), settings.bands(), actor(),
                clock.instant(), causeEventId, reason);
        Risk risk = raised.risk();
        risks.persist(risk);
        scoreChanges.persist(raised.firstScore());
        risks.flush();
        outbox.publish(RiskEvents.TOPIC, RiskEvents.RAISED, RiskEvents.AGGREGATE, risk.id(),
                RiskRaised.of(risk, settings.bands()));
        return risk;
    }

    /** Re-scores in the caller's transaction; a person's change has no cause event. */
    Risk rescore(Risk risk, RiskScore score, String reason, String causeEventId) {
        RiskScoreChange change = risk.rescore(score, reason, causeEventId, settings.bands(), actor(),
                clock.instant());
        scoreChanges.persist(change);
        risks.flush();
        outbox.publish(RiskEvents.TOPIC, RiskEvents.RESCORED, RiskEvents.AGGREGATE, risk.id(),
                RiskRescored.of(risk, change, settings.bands()));
        return risk;
    }

    Actor actor() {
        ChangeContext.Actor actor = changeContext.actor();
        return new Actor(actor.id(), actor.name());
    }
}
