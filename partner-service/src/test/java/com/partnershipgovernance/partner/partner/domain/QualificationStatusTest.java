package com.partnershipgovernance.partner.partner.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static com.partnershipgovernance.partner.partner.domain.QualificationStatus.CONDITIONALLY_APPROVED;
import static com.partnershipgovernance.partner.partner.domain.QualificationStatus.DISQUALIFIED;
import static com.partnershipgovernance.partner.partner.domain.QualificationStatus.PROSPECT;
import static com.partnershipgovernance.partner.partner.domain.QualificationStatus.QUALIFIED;
import static com.partnershipgovernance.partner.partner.domain.QualificationStatus.SUSPENDED;
import static com.partnershipgovernance.partner.partner.domain.QualificationStatus.UNDER_EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualificationStatusTest {

    /** The lifecycle as issue 4 states it. */
    private static final Map<QualificationStatus, Set<QualificationStatus>> ALLOWED = Map.of(
            PROSPECT, EnumSet.of(UNDER_EVALUATION),
            UNDER_EVALUATION, EnumSet.of(QUALIFIED, CONDITIONALLY_APPROVED, DISQUALIFIED),
            CONDITIONALLY_APPROVED, EnumSet.of(QUALIFIED, SUSPENDED, DISQUALIFIED),
            QUALIFIED, EnumSet.of(SUSPENDED, DISQUALIFIED),
            SUSPENDED, EnumSet.of(QUALIFIED, CONDITIONALLY_APPROVED, DISQUALIFIED),
            DISQUALIFIED, EnumSet.of(UNDER_EVALUATION));

    @Test
    void everyPairOfStatusesIsAllowedExactlyAsTheLifecycleSays() {
        for (QualificationStatus from : QualificationStatus.values()) {
            for (QualificationStatus to : QualificationStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyQualifiedAndConditionallyApprovedAreApprovals() {
        for (QualificationStatus s : QualificationStatus.values()) {
            assertThat(s.isApproval()).as(s.name()).isEqualTo(s == QUALIFIED || s == CONDITIONALLY_APPROVED);
        }
    }

    @Test
    void anIllegalMoveLeavesThePartnerWhereItWasAndAsksNoSignature() {
        Partner partner = Partner.register("Prospect Ltd", PartnerType.CRO, java.time.Instant.EPOCH);
        assertThatThrownBy(() -> partner.changeQualification(QUALIFIED, "skip evaluation", "u", "U",
                () -> {
                    throw new AssertionError("no signature is asked for an illegal move");
                }, java.time.Instant.EPOCH))
                .isInstanceOf(com.partnershipgovernance.platform.problem.IllegalTransitionException.class);
        assertThat(partner.qualificationStatus()).isEqualTo(PROSPECT);
    }

    @Test
    void aLegalMoveIsRecordedWithFromToReasonAndActor() {
        Partner partner = Partner.register("Prospect Ltd", PartnerType.CRO, java.time.Instant.EPOCH);
        QualificationChange change = partner.changeQualification(UNDER_EVALUATION, "RFP answered", "u-1", "Una",
                () -> null, java.time.Instant.EPOCH);
        assertThat(partner.qualificationStatus()).isEqualTo(UNDER_EVALUATION);
        assertThat(change.from()).isEqualTo(PROSPECT);
        assertThat(change.to()).isEqualTo(UNDER_EVALUATION);
        assertThat(change.reason()).isEqualTo("RFP answered");
        assertThat(change.changedBy()).isEqualTo("u-1");
        assertThat(change.signature()).isNull();
    }
}
