package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.agreement.shared.domain.Criteria;

/**
 * What a list of agreements of one kind is filtered by: besides attributes of the agreement equal to a value, the
 * latest version's status and whether it is flagged for review.
 */
public final class AgreementCriteria extends Criteria {

    /** Only the latest versions with {@code status}, unless null. */
    public AgreementCriteria latestStatus(AgreementStatus status) {
        equal("latestStatus", status);
        return this;
    }

    /** Only agreements flagged for review (true) or not (false), unless null. */
    public AgreementCriteria flaggedForReview(Boolean flagged) {
        if (flagged != null) {
            holding(flagged ? "reviewFlag.flaggedAt is not null" : "reviewFlag.flaggedAt is null");
        }
        return this;
    }
}
