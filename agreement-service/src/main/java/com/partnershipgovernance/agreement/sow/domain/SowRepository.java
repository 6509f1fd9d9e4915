package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Statements of work and, through them, their versions. */
@ApplicationScoped
public class SowRepository implements PanacheRepositoryBase<StatementOfWork, UUID> {

    /** The SOWs of {@code partnerId} with an EXECUTED version. */
    public List<StatementOfWork> executedWith(UUID partnerId) {
        return find("select distinct v.sow from SowVersion v where v.sow.partnerId = ?1 and v.status = ?2",
                partnerId, AgreementStatus.EXECUTED).list();
    }

    /** The in-force (EXECUTED or SUSPENDED) versions whose timeline ended before {@code today}. */
    public List<SowVersion> inForceEndedBefore(LocalDate today) {
        return getEntityManager().createQuery("select v from SowVersion v join fetch v.sow "
                        + "where v.status in :inForce and v.endOn < :today order by v.endOn", SowVersion.class)
                .setParameter("inForce", List.of(AgreementStatus.EXECUTED, AgreementStatus.SUSPENDED))
                .setParameter("today", today)
                .getResultList();
    }
}
