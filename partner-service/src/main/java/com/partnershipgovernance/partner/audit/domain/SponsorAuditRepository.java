package com.partnershipgovernance.partner.audit.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sponsor's audits of its partners. */
@ApplicationScoped
public class SponsorAuditRepository implements PanacheRepositoryBase<SponsorAudit, UUID> {

    /**
     * The audit, locked until the transaction ends. Closing an audit, raising a finding and
     * reclassifying one take this lock, so that no critical or major finding appears in an audit
     * while it is being closed.
     */
    public Optional<SponsorAudit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Audits that may be overdue on {@code today}: planned before it and not performed, or performed
     * before {@code performedBefore} and not closed; of one partner when {@code partnerId} is given.
     */
    public List<SponsorAudit> overdueCandidates(LocalDate today, LocalDate performedBefore, Optional<UUID> partnerId) {
        Parameters parameters = Parameters.with("planned", AuditStatus.PLANNED).and("today", today)
                .and("performed", AuditStatus.PERFORMED).and("performedBefore", performedBefore);
        String query = "((status = :planned and plannedOn < :today)"
                + " or (status = :performed and performedOn < :performedBefore))";
        if (partnerId.isPresent()) {
            query += " and partnerId = :partner";
            parameters.and("partner", partnerId.get());
        }
        return list(query, parameters);
    }
}
