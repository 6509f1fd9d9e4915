package com.partnershipgovernance.risk.mitigation;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.risk.mitigation.domain.MitigationAction;
import com.partnershipgovernance.risk.mitigation.domain.MitigationStatus;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MitigationActionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void dueDateInThePastIsRefusedNamingDueOn() {
        assertThatThrownBy(() -> plan(TODAY.minusDays(1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("dueOn");
        assertThat(plan(TODAY).status()).isEqualTo(MitigationStatus.PLANNED);
    }

    @Test
    void pendingActionIsOverdueTheDayAfterItsDueDateUntilDone() {
        MitigationAction action = plan(TODAY.plusDays(5));
        assertThat(action.isOverdue(TODAY.plusDays(5))).isFalse();
        assertThat(action.isOverdue(TODAY.plusDays(6))).isTrue();
        action.changeStatus(MitigationStatus.COMPLETED, "Done", TODAY.plusDays(6), "PQ approved", TODAY.plusDays(6));
        assertThat(action.isOverdue(TODAY.plusDays(30))).isFalse();
        assertThat(action.completedOn()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void completedActionIsFinalAndCompletionCannotBeInTheFuture() {
        MitigationAction action = plan(TODAY.plusDays(5));
        assertThatThrownBy(() -> action.changeStatus(MitigationStatus.COMPLETED, "Done", TODAY.plusDays(1), null,
                TODAY)).isInstanceOf(ValidationException.class).hasMessageContaining("completedOn");
        action.changeStatus(MitigationStatus.IN_PROGRESS, "Started", null, null, TODAY);
        action.changeStatus(MitigationStatus.COMPLETED, "Done", null, null, TODAY);
        assertThat(action.completedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> action.changeStatus(MitigationStatus.CANCELLED, "No", null, null, TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }

    private static MitigationAction plan(LocalDate dueOn) {
        return MitigationAction.plan(UUID.randomUUID(), UUID.randomUUID(), "Qualify line 2", OwnerSide.PARTNER,
                "Pat Partner", dueOn, TODAY, "u-quality", Instant.EPOCH);
    }
}
