package com.partnershipgovernance.agreement.lifecycle;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReview;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementReviewRepository;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.lifecycle.domain.VersionedAgreement;
import com.partnershipgovernance.agreement.shared.MergedHistory;
import com.partnershipgovernance.platform.audit.AuditHistory;
import com.partnershipgovernance.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Hibernate;

import java.util.List;

/**
 * The audit trail of an agreement of any kind: the agreement's own revisions and those of each of its
 * versions, merged by revision. A version's fields are named {@code versions[n].field}, so that an
 * amendment's edits are told apart from the original's. Its periodic reviews are named {@code reviews[n].field},
 * oldest first.
 */
@ApplicationScoped
public class AgreementHistory {

    @Inject
    AuditTrail auditTrail;

    @Inject
    AgreementReviewRepository reviews;

    public AuditHistory of(VersionedAgreement<?, ?> agreement) {
        MergedHistory merged = new MergedHistory()
                .add(auditTrail.historyOf(Hibernate.getClass(agreement), agreement.id()), "");
        for (AgreementVersion<?> version : agreement.versions()) {
            merged.add(auditTrail.historyOf(Hibernate.getClass(version), version.id()),
                    "versions[" + version.number() + "].");
        }
        List<AgreementReview> done = reviews.ofAgreement(agreement.id());
        for (int i = 0; i < done.size(); i++) {
            merged.add(auditTrail.historyOf(AgreementReview.class, done.get(i).id()), "reviews[" + (i + 1) + "].");
        }
        return merged.history();
    }
}
