package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;

import java.util.Set;

/**
 * The partner gate of every agreement kind, over the qualification status agreement-service knows from
 * partner-service: an agreement is executed only with an approved partner, and a partner losing its
 * approval calls its active agreements into review.
 */
public final class PartnerEligibility {

    /** The field a refusal names. */
    public static final String FIELD = "partner.qualificationStatus";

    private static final Set<String> EXECUTABLE = Set.of("QUALIFIED", "CONDITIONALLY_APPROVED");
    private static final Set<String> CALLS_FOR_REVIEW = Set.of("SUSPENDED", "DISQUALIFIED");

    private PartnerEligibility() {
    }

    /**
     * @param qualificationStatus the partner's status as last announced, null if not known yet
     * @throws BusinessRuleException (422) naming the status unless it is QUALIFIED or CONDITIONALLY_APPROVED
     */
    public static void requireMayExecute(String qualificationStatus) {
        if (qualificationStatus == null || !EXECUTABLE.contains(qualificationStatus)) {
            throw BusinessRuleException.onField(FIELD, "is " + (qualificationStatus == null ? "unknown"
                    : qualificationStatus) + ": an agreement is executed only with a QUALIFIED or "
                    + "CONDITIONALLY_APPROVED partner");
        }
    }

    /** Whether a partner moving to {@code qualificationStatus} flags its active agreements for review. */
    public static boolean callsForReview(String qualificationStatus) {
        return qualificationStatus != null && CALLS_FOR_REVIEW.contains(qualificationStatus);
    }
}
