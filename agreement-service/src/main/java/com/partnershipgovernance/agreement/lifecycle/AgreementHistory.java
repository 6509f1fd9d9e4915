package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.agreement.shared.MergedHistory;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Hibernate;

/**
 * The audit trail of an agreement of any kind: the agreement's own revisions and those of each of its
 * versions, merged by revision. A version's fields are named {@code versions[n].field}, so that an
 * amendment's edits are told apart from the original's.
 */
@ApplicationScoped
public class AgreementHistory {

    @Inject
    AuditTrail auditTrail;

    public AuditHistory of(VersionedAgreement<?, ?> agreement) {
        MergedHistory merged = new MergedHistory()
                .add(auditTrail.historyOf(Hibernate.getClass(agreement), agreement.id()), "");
        for (AgreementVersion<?> version : agreement.versions()) {
            merged.add(auditTrail.historyOf(Hibernate.getClass(version), version.id()),
                    "versions[" + version.number() + "].");
        }
        return merged.history();
    }
}
