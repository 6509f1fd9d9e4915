package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.domain.CapaAction;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.agreement.shared.MergedHistory;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The audit trail of a deviation: its own revisions and those of its CAPA actions, merged by revision; an
 * action's fields are named {@code capaActions[n].field}.
 */
@ApplicationScoped
public class DeviationHistory {

    @Inject
    AuditTrail auditTrail;

    public AuditHistory of(Deviation deviation) {
        MergedHistory merged = new MergedHistory().add(auditTrail.historyOf(Deviation.class, deviation.id()), "");
        for (CapaAction action : deviation.capaActions()) {
            merged.add(auditTrail.historyOf(CapaAction.class, action.id()), "capaActions[" + action.number() + "].");
        }
        return merged.history();
    }
}
