package com.partnershipgovernance.risk.rules.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
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
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (partnerId != null) {
            where.append(" and partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(where.toString(), sort, parameters);
    }
}
