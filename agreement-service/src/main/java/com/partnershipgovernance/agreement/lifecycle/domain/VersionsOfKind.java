package com.partnershipgovernance.agreement.lifecycle.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The queries over the versions of one kind of agreement that the shared lifecycle runs (expiry, reviews due,
 * agreements to flag), named by the kind's version entity and two of its attributes.
 *
 * @param type      the version entity
 * @param agreement its attribute naming its agreement
 * @param endsOn    its attribute holding the last day it binds the parties
 */
public record VersionsOfKind<V extends AgreementVersion<?>>(Class<V> type, String agreement, String endsOn) {

    private static final List<AgreementStatus> IN_FORCE = List.of(AgreementStatus.EXECUTED, AgreementStatus.SUSPENDED);
    // a version is due on its review date: the one a periodic review rescheduled, else the one its terms agreed
    private static final String REVIEW_ON = "coalesce(v.nextReviewOn, v.reviewOn)";

    /** The in-force versions (EXECUTED or SUSPENDED) whose end date is before {@code today}. */
    public List<V> inForceEndedBefore(EntityManager em, LocalDate today) {
        return em.createQuery("select v from " + entity() + " v join fetch v." + agreement + " where v.status in "
                        + ":inForce and v." + endsOn + " < :today order by v." + endsOn, type)
                .setParameter("inForce", IN_FORCE)
                .setParameter("today", today)
                .getResultList();
    }

    /** The agreements of {@code partnerId} with an EXECUTED version. */
    public List<VersionedAgreement<?, ?>> executedWith(EntityManager em, UUID partnerId) {
        List<?> found = em.createQuery("select distinct v." + agreement + " from " + entity() + " v where v."
                        + agreement + ".partnerId = :partner and v.status = :executed")
                .setParameter("partner", partnerId)
                .setParameter("executed", AgreementStatus.EXECUTED)
                .getResultList();
        return found.stream().<VersionedAgreement<?, ?>>map(VersionedAgreement.class::cast).toList();
    }

    /**
     * The in-force versions due for review: review date before {@code today} or the agreement flagged; or,
     * with {@code dueSoon}, review date from {@code today} to {@code until}.
     */
    public List<V> dueForReview(EntityManager em, LocalDate today, LocalDate until, boolean dueSoon) {
        String where = dueSoon
                ? REVIEW_ON + " >= :today and " + REVIEW_ON + " <= :until"
                : "(" + REVIEW_ON + " < :today or a.reviewFlag.flaggedAt is not null)";
        TypedQuery<V> query = em.createQuery("select v from " + entity() + " v join fetch v." + agreement
                        + " a where v.status in :inForce and " + where
                        + " order by " + REVIEW_ON + ", a.id", type)
                .setParameter("inForce", IN_FORCE)
                .setParameter("today", today);
        if (dueSoon) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }

    private String entity() {
        return type.getSimpleName();
    }
}
