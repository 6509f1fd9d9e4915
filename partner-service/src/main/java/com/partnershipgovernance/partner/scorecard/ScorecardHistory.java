package com.partnershipgovernance.partner.scorecard;

import com.partnershipgovernance.partner.scorecard.domain.Criterion;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatorScore;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The audit trails of a template's criteria (including criteria since removed) and of a selection's
 * scores, each read field by field through the platform's {@link AuditTrail}.
 */
@ApplicationScoped
public class ScorecardHistory {

    @Inject
    AuditTrail auditTrail;

    @Inject
    EntityManager em;

    /** The trail of one criterion, known by its code. */
    public record CriterionHistory(UUID criterionId, String code, AuditHistory history) {
    }

    /** The trail of every criterion the template version ever had, in their first order. */
    @Transactional
    public List<CriterionHistory> criteriaOf(UUID templateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code from scorecard_criterion_aud "
                        + "where template_id = :template and code is not null "
                        + "group by id, code order by min(rev), min(sort_order)")
                .setParameter("template", templateId).getResultList();
        return rows.stream().map(row -> new CriterionHistory((UUID) row[0], (String) row[1],
                auditTrail.historyOf(Criterion.class, row[0]))).toList();
    }

    /** The trail of one score: each value it had, who gave it, when and why. */
    @Transactional
    public AuditHistory ofScore(EvaluatorScore score) {
        return auditTrail.historyOf(EvaluatorScore.class, score.id());
    }
}
