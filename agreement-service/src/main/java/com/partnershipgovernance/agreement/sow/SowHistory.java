package com.partnershipgovernance.agreement.sow;

import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The audit trail of a SOW: its own revisions and those of each of its versions, merged by revision; a
 * version's fields are named {@code versions[n].field}.
 */
@ApplicationScoped
public class SowHistory {

    @Inject
    AuditTrail auditTrail;

    public AuditHistory of(StatementOfWork sow) {
        TreeMap<Long, AuditHistory.Entry> merged = new TreeMap<>();
        add(merged, auditTrail.historyOf(StatementOfWork.class, sow.id()), "");
        for (SowVersion version : sow.versions()) {
            add(merged, auditTrail.historyOf(SowVersion.class, version.id()), "versions[" + version.number() + "].");
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
            entry.changes().forEach(c ->
                    changes.add(new AuditHistory.FieldChange(prefix + c.field(), c.from(), c.to())));
            // the SOW's own operation wins: creating the SOW is one CREATED revision
            String operation = earlier != null && prefix.startsWith("versions") ? earlier.operation()
                    : entry.operation();
            merged.put(entry.revision(), new AuditHistory.Entry(entry.revision(), entry.at(), entry.by(),
                    entry.byName(), entry.reason(), operation, changes));
        }
    }
}
