package com.partnershipgovernance.agreement.lifecycle.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The query behind the reviews overdue and due soon, for the versions of any kind of agreement. A version is
 * due on its review date: the one a periodic review rescheduled, else the one its terms agreed.
 */
public final class DueReviews {

    private static final String REVIEW_ON = "coalesce(v.nextReviewOn, v.reviewOn)";

    private DueReviews() {
    }

    /**
     * The in-force versions due for review: review date before {@code today} or the agreement flagged; or,
     * with {@code dueSoon}, review date from {@code today} to {@code until}.
     *
     * @param versionType  the version entity of the kind
     * @param agreementOf  the version's attribute naming its agreement
     * @param partnerScope only this partner's, or every partner's when null
     */
    public static <V extends AgreementVersion<?>> List<V> inForce(EntityManager em, Class<V> versionType,
                                                                  String agreementOf, LocalDate today,
                                                                  LocalDate until, boolean dueSoon,
                                                                  UUID partnerScope) {
        String where = dueSoon
                ? REVIEW_ON + " >= :today and " + REVIEW_ON + " <= :until"
                : "(" + REVIEW_ON + " < :today or a.reviewFlag.flaggedAt is not null)";
        TypedQuery<V> query = em.createQuery("select v from " + versionType.getSimpleName() + " v join fetch v."
                        + agreementOf + " a where v.status in :inForce and " + where
                        + (partnerScope == null ? "" : " and a.partnerId = :partner")
                        + " order by " + REVIEW_ON + ", a.id", versionType)
                .setParameter("inForce", List.of(AgreementStatus.EXECUTED, AgreementStatus.SUSPENDED))
                .setParameter("today", today);
        if (dueSoon) {
            query.setParameter("until", until);
        }
        if (partnerScope != null) {
            query.setParameter("partner", partnerScope);
        }
        return query.getResultList();
    }
}
