package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.partner.query.Conditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sponsor's audits of its partners. A partner user's request finds only their own partner's audits (the
 * platform's partner scope).
 */
@ApplicationScoped
public class SponsorAuditRepository implements PanacheRepositoryBase<SponsorAudit, UUID> {

    /** The audit; else 404. */
    public SponsorAudit require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Audit", id));
    }

    /**
     * The audit, locked until the transaction ends. Closing an audit, raising a finding and
     * reclassifying one take this lock, so that no critical or major finding appears in an audit
     * while it is being closed.
     */
    public Optional<SponsorAudit> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The audits matching {@code search}. */
    public PanacheQuery<SponsorAudit> search(AuditSearch search, Sort sort) {
        Conditions where = Conditions.all()
                .and("partnerId = :partner", "partner", search.partnerId())
                .and("siteId = :site", "site", search.siteId())
                .and("status = :status", "status", search.status())
                .and("type = :type", "type", search.type());
        return find(where.query(), sort, where.parameters());
    }

    /**
     * Audits that may be overdue on {@code today}: planned before it and not performed, or performed
     * before {@code performedBefore} and not closed; of one partner when {@code partnerId} is given.
     */
    public List<SponsorAudit> overdueCandidates(LocalDate today, LocalDate performedBefore, Optional<UUID> partnerId) {
        Conditions where = Conditions.all()
                .and("((status = :planned and plannedOn < :today)"
                        + " or (status = :performed and performedOn < :performedBefore))")
                .and("partnerId = :partner", "partner", partnerId);
        return list(where.query(), where.parameters().and("planned", AuditStatus.PLANNED).and("today", today)
                .and("performed", AuditStatus.PERFORMED).and("performedBefore", performedBefore));
    }
}
