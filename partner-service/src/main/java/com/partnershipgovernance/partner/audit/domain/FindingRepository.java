package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.partner.query.Conditions;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The findings of the sponsor's audits (a partner user's request: of their own partner's audits only). */
@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    /** The findings of an audit, by number. */
    public List<Finding> ofAudit(UUID auditId) {
        return list("auditId", Sort.ascending("number"), auditId);
    }

    /** A finding of the given audit; else 404. */
    public Finding require(UUID auditId, UUID findingId) {
        return findByIdOptional(findingId).filter(f -> f.auditId().equals(auditId))
                .orElseThrow(() -> RecordNotFoundException.of("Finding", findingId));
    }

    /** The number the next finding of an audit gets; call it holding the audit's lock. */
    public int nextNumber(UUID auditId) {
        Integer highest = getEntityManager()
                .createQuery("select max(f.number) from Finding f where f.auditId = :audit", Integer.class)
                .setParameter("audit", auditId).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    /** Findings whose response was due before {@code today} and has not come; of one partner if given. */
    public List<Finding> responsesOverdue(LocalDate today, Optional<UUID> partnerId) {
        Conditions where = Conditions.all().and("status = :open and responseDueOn < :today")
                .and("partnerId = :partner", "partner", partnerId);
        return list(where.query(), Sort.ascending("responseDueOn").and("number"),
                where.parameters().and("open", FindingStatus.OPEN).and("today", today));
    }

    /** The finding counts of each of {@code auditIds} (audits without findings are absent). */
    public Map<UUID, FindingCounts> countsOf(Collection<UUID> auditIds) {
        Map<UUID, FindingCounts> counts = new HashMap<>();
        if (auditIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager().createQuery("select f.auditId, f.severity, f.status, count(f) "
                        + "from Finding f where f.auditId in :audits group by f.auditId, f.severity, f.status",
                Object[].class).setParameter("audits", auditIds).getResultList();
        for (Object[] row : rows) {
            counts.merge((UUID) row[0], FindingCounts.NONE.plus((FindingSeverity) row[1],
                    row[2] != FindingStatus.CLOSED, (Long) row[3]), FindingCounts::add);
        }
        return counts;
    }
}
