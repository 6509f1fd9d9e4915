package com.partnershipgovernance.agreement.milestone.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.shared.domain.Criteria;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Milestones of statements of work. */
@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    // deadlines run only while the SOW is executed: a draft plan or a suspended SOW misses nothing
    private static final String SOW_EXECUTED = " and exists (select 1 from SowVersion v where v.sow.id = m.sowId "
            + "and v.status = :executed)";

    /** The milestone (the caller's partner's only, by the platform's partner scope); else 404. */
    public Milestone require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Milestone", id));
    }

    /** Milestones due before the date, in the status, of the partner and the SOW given (null filters nothing). */
    public PanacheQuery<Milestone> matching(LocalDate dueBefore, MilestoneStatus status, UUID partnerId, UUID sowId,
                                            Sort sort) {
        return new Criteria().before("dueDate", dueBefore).equal("status", status).equal("partnerId", partnerId)
                .equal("sowId", sowId).find(this, sort);
    }

    /** The milestones of a SOW, by due date. */
    public List<Milestone> ofSow(UUID sowId) {
        return list("sowId = ?1 order by dueDate, createdAt", sowId);
    }

    /** OPEN milestones of executed SOWs due from {@code today} to {@code until}, not announced yet. */
    public List<Milestone> dueSoonUnannounced(LocalDate today, LocalDate until) {
        return find("select m from Milestone m where m.status = :open and m.dueSoonAnnouncedAt is null "
                        + "and m.dueDate >= :today and m.dueDate <= :until" + SOW_EXECUTED
                        + " order by m.sowId, m.dueDate, m.id",
                Parameters.with("open", MilestoneStatus.OPEN).and("today", today).and("until", until)
                        .and("executed", AgreementStatus.EXECUTED)).list();
    }

    /** OPEN milestones of executed SOWs due before {@code today}, not announced as missed yet. */
    public List<Milestone> missedUnannounced(LocalDate today) {
        return find("select m from Milestone m where m.status = :open and m.missedAnnouncedAt is null "
                        + "and m.dueDate < :today" + SOW_EXECUTED + " order by m.sowId, m.dueDate, m.id",
                Parameters.with("open", MilestoneStatus.OPEN).and("today", today)
                        .and("executed", AgreementStatus.EXECUTED)).list();
    }

    /** How many milestones of a SOW were announced as missed so far. */
    public long missedSoFar(UUID sowId) {
        return count("sowId = ?1 and missedAnnouncedAt is not null", sowId);
    }
}
