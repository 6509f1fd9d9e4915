package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.PartnerEligibility;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.platform.partners.PartnerStandingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reviews of agreements of every kind: those due (overdue or flagged, and due soon), soonest (most overdue)
 * first; and the review flag a partner's lost approval raises on its executed agreements.
 */
@ApplicationScoped
public class AgreementReviews {

    private static final Logger LOG = Logger.getLogger(AgreementReviews.class);

    private static final Comparator<ReviewItem> MOST_URGENT_FIRST = Comparator
            .comparing(ReviewItem::reviewOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReviewItem::agreementId);

    @Inject
    Instance<KindOfAgreement<?, ?, ?, ?>> kinds;

    /**
     * In-force agreements whose review date is before {@code today}, or that are flagged for review.
     */
    @Transactional
    public List<ReviewItem> overdue(LocalDate today) {
        return collect(today, null, false);
    }

    /** In-force agreements whose review date is from {@code today} to {@code until}, both included. */
    @Transactional
    public List<ReviewItem> dueBetween(LocalDate today, LocalDate until) {
        return collect(today, until, true);
    }

    /**
     * A partner suspended or disqualified calls its executed agreements of every kind into review, in the
     * consumer's transaction.
     */
    void flagExecutedAgreements(@Observes PartnerStandingChanged moved) {
        if (!moved.moved() || !PartnerEligibility.callsForReview(moved.to())) {
            return;
        }
        String reason = "Partner became " + moved.to() + (moved.reason() == null ? "" : ": " + moved.reason());
        for (KindOfAgreement<?, ?, ?, ?> kind : kinds) {
            for (VersionedAgreement<?, ?> agreement : kind.versions()
                    .executedWith(kind.agreements().getEntityManager(), moved.partnerId())) {
                if (agreement.flagForReview(reason, moved.at())) {
                    LOG.infof("%s %s flagged for review: %s", kind.kind().label(), agreement.id(), reason);
                }
            }
        }
    }

    private List<ReviewItem> collect(LocalDate today, LocalDate until, boolean dueSoon) {
        List<ReviewItem> items = new ArrayList<>();
        for (KindOfAgreement<?, ?, ?, ?> kind : kinds) {
            kind.versions().dueForReview(kind.agreements().getEntityManager(), today, until, dueSoon)
                    .forEach(version -> items.add(ReviewItem.of(version)));
        }
        items.sort(MOST_URGENT_FIRST);
        return items;
    }
}
