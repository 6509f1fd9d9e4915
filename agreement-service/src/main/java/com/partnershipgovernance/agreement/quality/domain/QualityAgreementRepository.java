package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Quality agreements and, through them, their versions. */
@ApplicationScoped
public class QualityAgreementRepository implements PanacheRepositoryBase<QualityAgreement, UUID> {

    /**
     * The version in force (EXECUTED, or SUSPENDED: its terms still bind) with {@code partnerId} that covers
     * {@code day} (effective from, not expired): the one whose notification timelines judge a deviation that
     * occurred that day. When several agreements qualify, the latest effective.
     */
    public Optional<QualityAgreementVersion> inForceOn(UUID partnerId, LocalDate day) {
        // one parameter per status, not a list: Hibernate re-translates a query with a list parameter on every
        // call, and every deviation report asks this
        return getEntityManager().createQuery("select v from QualityAgreementVersion v join fetch v.agreement a "
                        + "where a.partnerId = :partner and v.status in (:executed, :suspended) "
                        + "and v.effectiveOn <= :day and (v.expiresOn is null or v.expiresOn >= :day) "
                        + "order by v.effectiveOn desc, v.createdAt desc", QualityAgreementVersion.class)
                .setParameter("partner", partnerId)
                .setParameter("executed", AgreementStatus.EXECUTED)
                .setParameter("suspended", AgreementStatus.SUSPENDED)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList().stream().findFirst(); // a list: a stream scrolls, costlier for one row
    }
}
