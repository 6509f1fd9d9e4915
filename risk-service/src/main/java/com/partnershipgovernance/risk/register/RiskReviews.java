package com.partnershipgovernance.risk.register;

import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.risk.config.RiskSettings;
import com.partnershipgovernance.risk.register.domain.Actor;
import com.partnershipgovernance.risk.register.domain.ReviewDecision;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskReview;
import com.partnershipgovernance.risk.register.domain.RiskReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Records periodic reviews of risks; each one moves the risk's next review date a period on. */
@ApplicationScoped
public class RiskReviews {

    @Inject
    RiskRepository risks;

    @Inject
    RiskReviewRepository reviews;

    @Inject
    RiskAccess access;

    @Inject
    ChangeContext changeContext;

    @Inject
    RiskSettings settings;

    @Inject
    Clock clock;

    /**
     * Records a review held on {@code reviewedOn} (today when null; never in the future). Needs If-Match:
     * the reviewer reviewed the risk as it is now.
     */
    @Transactional
    public RiskReview record(UUID riskId, String ifMatch, LocalDate reviewedOn, ReviewDecision decision,
                             String notes) {
        Risk risk = access.visible(riskId);
        Preconditions.requireIfMatch(ifMatch, risk.version());
        LocalDate today = LocalDate.now(clock);
        LocalDate on = reviewedOn == null ? today : reviewedOn;
        if (on.isAfter(today)) {
            throw new ValidationException("reviewedOn", "must not be in the future (today is " + today + ")");
        }
        changeContext.because("Review: " + decision + ". " + notes);
        ChangeContext.Actor actor = changeContext.actor();
        RiskReview review = risk.review(on, decision, notes, settings.bands(), new Actor(actor.id(), actor.name()),
                clock.instant());
        reviews.persist(review);
        risks.flush();
        return review;
    }
}
