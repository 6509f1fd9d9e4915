package com.partnershipgovernance.agreement.lifecycle.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.APPROVED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.DRAFT;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.EXECUTED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.EXPIRED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.IN_REVIEW;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.SUPERSEDED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.SUSPENDED;
import static com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementStatusTest {

    /** The lifecycle of issue 5, with a suspended agreement also able to run out or be terminated. */
    private static final Map<AgreementStatus, Set<AgreementStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(IN_REVIEW),
            IN_REVIEW, EnumSet.of(DRAFT, APPROVED),
            APPROVED, EnumSet.of(EXECUTED),
            EXECUTED, EnumSet.of(SUSPENDED, EXPIRED, TERMINATED),
            SUSPENDED, EnumSet.of(EXECUTED, EXPIRED, TERMINATED),
            EXPIRED, EnumSet.noneOf(AgreementStatus.class),
            TERMINATED, EnumSet.noneOf(AgreementStatus.class),
            SUPERSEDED, EnumSet.noneOf(AgreementStatus.class));

    @Test
    void everyPairOfStatusesIsAllowedExactlyAsTheLifecycleSays() {
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementStatus to : AgreementStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void supersededIsNeverAnExplicitMove() {
        for (AgreementStatus from : AgreementStatus.values()) {
            assertThat(from.canMoveTo(SUPERSEDED)).as(from.name()).isFalse();
        }
    }

    @Test
    void onlyApprovalAndExecutionAreSigned() {
        for (AgreementStatus s : AgreementStatus.values()) {
            assertThat(s.needsSignature()).as(s.name()).isEqualTo(s == APPROVED || s == EXECUTED);
        }
    }

    @Test
    void onlyExecutedAndSuspendedAreInForceAndOnlyADraftIsEditable() {
        for (AgreementStatus s : AgreementStatus.values()) {
            assertThat(s.isInForce()).as(s.name()).isEqualTo(s == EXECUTED || s == SUSPENDED);
            assertThat(s.isEditable()).as(s.name()).isEqualTo(s == DRAFT);
        }
    }

    @Test
    void onlyQualifiedOrConditionallyApprovedPartnersMayExecuteAndTheRefusalNamesTheStatus() {
        PartnerEligibility.requireMayExecute("QUALIFIED");
        PartnerEligibility.requireMayExecute("CONDITIONALLY_APPROVED");
        for (String status : new String[]{"PROSPECT", "UNDER_EVALUATION", "SUSPENDED", "DISQUALIFIED"}) {
            assertThatThrownBy(() -> PartnerEligibility.requireMayExecute(status)).hasMessageContaining(status);
        }
        assertThatThrownBy(() -> PartnerEligibility.requireMayExecute(null)).hasMessageContaining("unknown");
    }

    @Test
    void suspensionAndDisqualificationCallForReview() {
        assertThat(PartnerEligibility.callsForReview("SUSPENDED")).isTrue();
        assertThat(PartnerEligibility.callsForReview("DISQUALIFIED")).isTrue();
        assertThat(PartnerEligibility.callsForReview("QUALIFIED")).isFalse();
        assertThat(PartnerEligibility.callsForReview(null)).isFalse();
    }
}
