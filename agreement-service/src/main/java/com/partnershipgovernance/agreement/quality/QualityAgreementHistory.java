package com.partnershipgovernance.agreement.quality;

import com.partnershipgovernance.agreement.quality.domain.QualityAgreement;
import com.partnershipgovernance.agreement.quality.domain.QualityAgreementVersion;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The audit trail of a quality agreement: the agreement's own revisions and those of each of its versions, merged by
 * revision. A version's fields are named {@code versions[n].field}, so that an amendment's edits are told
 * apart from the original's.
 */
@ApplicationScoped
public class QualityAgreementHistory {

    @Inject
    AuditTrail auditTrail;

    public AuditHistory of(QualityAgreement agreement) {
        TreeMap<Long, AuditHistory.Entry> merged = new TreeMap<>();
        add(merged, auditTrail.historyOf(QualityAgreement.class, agreement.id()), "");
        for (QualityAgreementVersion version : agreement.versions()) {
            add(merged, auditTrail.historyOf(QualityAgreementVersion.class, version.id()), "versions[" + version.number() + "].");
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
            // the agreement's own operation wins: creating the agreement is one CREATED revision
            String operation = earlier != null && prefix.startsWith("versions") ? earlier.operation() : entry.operation();
            merged.put(entry.revision(), new AuditHistory.Entry(entry.revision(), entry.at(), entry.by(),
                    entry.byName(), entry.reason(), operation, changes));
        }
    }
}
