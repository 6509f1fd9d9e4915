package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.ScorecardHistory;
import com.partnershipgovernance.platform.audit.AuditHistory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The audit trail of a template version: the template's own fields, then each criterion's. */
@Schema(name = "ScorecardTemplateHistory")
public record TemplateHistoryView(List<AuditHistory.Entry> items, List<CriterionHistoryView> criteria) {

    /** The trail of one criterion (also of criteria removed since). */
    @Schema(name = "CriterionHistory")
    public record CriterionHistoryView(UUID criterionId, @Schema(example = "COST") String code,
                                       List<AuditHistory.Entry> items) {
    }

    static TemplateHistoryView of(AuditHistory template, List<ScorecardHistory.CriterionHistory> criteria) {
        return new TemplateHistoryView(template.items(), criteria.stream()
                .map(c -> new CriterionHistoryView(c.criterionId(), c.code(), c.history().items())).toList());
    }
}
