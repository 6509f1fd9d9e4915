package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.risk.register.domain.Conditions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The watched certificates. */
@ApplicationScoped
public class CertificateWatchRepository implements PanacheRepositoryBase<CertificateWatch, UUID> {

    /** The watch of a partner's certificate, in any status. */
    public Optional<CertificateWatch> findOf(UUID partnerId, String certificateId) {
        return find("partnerId = ?1 and certificateId = ?2", partnerId, certificateId).firstResultOptional();
    }

    /** Watches whose expiry date is {@code today} or earlier with no renewal, locked for the expiry job. */
    public List<CertificateWatch> dueOn(LocalDate today) {
        return find("status = ?1 and expiresOn <= ?2 order by expiresOn, id", CertificateWatchStatus.WATCHING, today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The watches of {@code partnerId} and in {@code status}, each if given. */
    public PanacheQuery<CertificateWatch> matching(UUID partnerId, CertificateWatchStatus status, Sort sort) {
        return Conditions.where("1 = 1").equalIfGiven("partnerId", partnerId).equalIfGiven("status", status)
                .find(this, sort);
    }
}
