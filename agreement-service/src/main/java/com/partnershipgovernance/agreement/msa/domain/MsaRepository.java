package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Master services agreements and, through them, their versions. */
@ApplicationScoped
public class MsaRepository implements PanacheRepositoryBase<MasterServicesAgreement, UUID> {

    /** The agreements of {@code partnerId} with an EXECUTED version. */
    public List<MasterServicesAgreement> executedWith(UUID partnerId) {
        return find("select distinct v.msa from MsaVersion v where v.msa.partnerId = :partner and v.status = :s",
                Parameters.with("partner", partnerId).and("s", AgreementStatus.EXECUTED)).list();
    }

    /** The in-force versions (EXECUTED or SUSPENDED) whose expiry date is before {@code today}. */
    public List<MsaVersion> inForceExpiredBefore(LocalDate today) {
        return getEntityManager().createQuery("select v from MsaVersion v join fetch v.msa "
                        + "where v.status in :inForce and v.expiresOn < :today order by v.expiresOn", MsaVersion.class)
                .setParameter("inForce", List.of(AgreementStatus.EXECUTED, AgreementStatus.SUSPENDED))
                .setParameter("today", today)
                .getResultList();
    }
}
