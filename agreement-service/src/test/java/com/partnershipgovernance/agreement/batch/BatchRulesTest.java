package com.partnershipgovernance.agreement.batch;

import com.partnershipgovernance.agreement.batch.domain.Batch;
import com.partnershipgovernance.agreement.batch.domain.Disposition;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchRulesTest {

    @Test
    void aBatchIsRightFirstTimeOnlyWithoutReworkAndWithoutDeviations() {
        assertThat(released(batch(false, List.of())).isRightFirstTime()).isTrue();
        assertThat(released(batch(true, List.of())).isRightFirstTime()).isFalse();
        assertThat(released(batch(false, List.of(UUID.randomUUID()))).isRightFirstTime()).isFalse();
        Batch linked = batch(false, List.of());
        UUID deviation = UUID.randomUUID();
        assertThat(linked.linkDeviation(deviation)).isTrue();
        assertThat(linked.linkDeviation(deviation)).isFalse();
        assertThat(linked.deviationIds()).containsExactly(deviation);
        assertThat(released(linked).isRightFirstTime()).isFalse();
    }

    @Test
    void aRejectedBatchIsNeverRightFirstTime() {
        Batch batch = batch(false, List.of());
        batch.disposition(Disposition.REJECTED, "OOS assay", "u-quality", "Dana", LocalDate.now(), Instant.now());
        assertThat(batch.isRightFirstTime()).isFalse();
    }

    @Test
    void aPendingBatchIsNotRightFirstTimeYet() {
        assertThat(batch(false, List.of()).isRightFirstTime()).isFalse();
    }

    @Test
    void aDeviationLinkedAfterReleaseTakesRightFirstTimeBack() {
        Batch batch = released(batch(false, List.of()));
        batch.linkDeviation(UUID.randomUUID());
        assertThat(batch.isRightFirstTime()).isFalse();
    }

    @Test
    void aPendingBatchIsDispositionedOnceAndReworkIsFlaggedBeforeThat() {
        Batch batch = batch(false, List.of());
        assertThatThrownBy(() -> batch.disposition(Disposition.PENDING, "x", "u", "U", LocalDate.now(),
                Instant.now())).isInstanceOf(IllegalTransitionException.class);
        batch.disposition(Disposition.REJECTED, "OOS", "u-quality", "Dana", LocalDate.now(), Instant.now());
        assertThat(batch.disposition()).isEqualTo(Disposition.REJECTED);
        assertThatThrownBy(() -> batch.disposition(Disposition.RELEASED, "x", "u", "U", LocalDate.now(),
                Instant.now())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(batch::markRework).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAManufacturingSowTakesBatches() {
        assertThatThrownBy(() -> Batch.record(UUID.randomUUID(), false, UUID.randomUUID(), "B-1", "P",
                LocalDate.now(), false, List.of(), Instant.now()))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("sowId ");
    }

    private static Batch released(Batch batch) {
        batch.disposition(Disposition.RELEASED, "Certified by the QP", "u-quality", "Dana", LocalDate.now(),
                Instant.now());
        return batch;
    }

    private static Batch batch(boolean rework, List<UUID> deviations) {
        return Batch.record(UUID.randomUUID(), true, UUID.randomUUID(), "B-1", "ABC-123", LocalDate.now(), rework,
                deviations, Instant.now());
    }
}
