package com.partnershipgovernance.agreement.change.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeRequestApprovalTest {

    private static final Instant NOW = Instant.parse("2027-05-20T10:00:00Z");

    @Test
    void theChangeControlResponsibilityDecidesWhoApproves() {
        assertThat(ApprovalPolicy.requiredApprovals(Responsibility.SPONSOR)).containsExactly(ApprovingParty.SPONSOR);
        assertThat(ApprovalPolicy.requiredApprovals(Responsibility.PARTNER)).containsExactly(ApprovingParty.PARTNER);
        assertThat(ApprovalPolicy.requiredApprovals(Responsibility.SHARED))
                .containsExactlyInAnyOrder(ApprovingParty.SPONSOR, ApprovingParty.PARTNER);
        assertThat(ApprovalPolicy.requiredApprovals(null)).containsExactly(ApprovingParty.SPONSOR);
    }

    @Test
    void aSharedChangeIsApprovedOnlyOnceBothPartiesApproved() {
        ChangeRequest cr = proposed(Responsibility.SHARED);
        assertThat(cr.decide(ApprovingParty.PARTNER, ApprovalDecision.APPROVED, null, "p", "P", NOW)).isEmpty();
        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.PROPOSED);
        assertThatThrownBy(() -> cr.decide(ApprovingParty.PARTNER, ApprovalDecision.APPROVED, null, "p", "P", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(cr.decide(ApprovingParty.SPONSOR, ApprovalDecision.APPROVED, "ok", "q", "Q", NOW))
                .contains(new ChangeRequest.Move(ChangeRequestStatus.PROPOSED, ChangeRequestStatus.APPROVED));
        cr.moveTo(ChangeRequestStatus.IMPLEMENTED, NOW);
        cr.moveTo(ChangeRequestStatus.CLOSED, NOW);
        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.CLOSED);
    }

    @Test
    void aPartyWhoseApprovalIsNotRequiredCannotDecideAndARejectionEndsTheChange() {
        ChangeRequest cr = proposed(Responsibility.SPONSOR);
        assertThatThrownBy(() -> cr.decide(ApprovingParty.PARTNER, ApprovalDecision.APPROVED, null, "p", "P", NOW))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(cr.decide(ApprovingParty.SPONSOR, ApprovalDecision.REJECTED, "no", "q", "Q", NOW))
                .contains(new ChangeRequest.Move(ChangeRequestStatus.PROPOSED, ChangeRequestStatus.REJECTED));
        assertThatThrownBy(() -> cr.moveTo(ChangeRequestStatus.IMPLEMENTED, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void approvalIsNeverChosenAsAMove() {
        ChangeRequest cr = proposed(Responsibility.PARTNER);
        assertThatThrownBy(() -> cr.moveTo(ChangeRequestStatus.APPROVED, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        cr.moveTo(ChangeRequestStatus.WITHDRAWN, NOW);
        assertThat(ChangeRequestStatus.WITHDRAWN.next()).isEmpty();
    }

    private static ChangeRequest proposed(Responsibility changeControl) {
        return ChangeRequest.propose(new ChangeRequest.Proposal(UUID.randomUUID(), AgreementKind.QUALITY_AGREEMENT,
                UUID.randomUUID(), "Line 2", "Add line 2", "Capacity",
                new ImpactAssessment("PPQ", "Variation", "4 months", "EUR 350k")), changeControl, "u", NOW);
    }
}
