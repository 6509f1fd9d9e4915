package com.partnershipgovernance.agreement.deviation;

import com.partnershipgovernance.agreement.deviation.domain.CapaAction;
import com.partnershipgovernance.agreement.deviation.domain.Deviation;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The audit trail of a deviation: its own revisions and those of its CAPA actions, merged by revision; an
 * action's fields are named {@code capaActions[n].field}.
 */
@ApplicationScoped
public class DeviationHistory {

    @Inject
    AuditTrail auditTrail;

    public AuditHistory of(Deviation deviation) {
        TreeMap<Long, AuditHistory.Entry> merged = new TreeMap<>();
        add(merged, auditTrail.historyOf(Deviation.class, deviation.id()), "");
        for (CapaAction action : deviation.capaActions()) {
            add(merged, auditTrail.historyOf(CapaAction.class, action.id()), "capaActions[" + action.number() + "].");
        }
        return new AuditHistory(List.copyOf(merged.values()));
    }

    private static void add(TreeMap<Long, AuditHistory.Entry> merged, AuditHistory history, String prefix) {
        for (AuditHistory.Entry entry : history.items()) {
            List<AuditHistory.FieldChange> changes = new ArrayList<>();
            AuditHistory.Entry earlier = merged.get(entry.revision());
            if (earlier != null) {
                changes.addAll(earlier.changes());
            }
            entry.changes().forEach(c -> changes.add(new AuditHistory.FieldChange(prefix + c.field(), c.from(), c.to())));
            // the deviation's own operation wins over its actions'
            String operation = earlier != null && !prefix.isEmpty() ? earlier.operation() : entry.operation();
            merged.put(entry.revision(), new AuditHistory.Entry(entry.revision(), entry.at(), entry.by(),
                    entry.byName(), entry.reason(), operation, changes));
        }
    }
}
