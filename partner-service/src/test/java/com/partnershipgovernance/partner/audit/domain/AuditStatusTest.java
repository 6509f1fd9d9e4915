package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit lifecycle: exactly these moves are allowed, and the aggregate refuses every other one. */
class AuditStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static final Map<AuditStatus, Set<AuditStatus>> ALLOWED = Map.of(
            AuditStatus.PLANNED, EnumSet.of(AuditStatus.PERFORMED, AuditStatus.CANCELLED),
            AuditStatus.PERFORMED, EnumSet.of(AuditStatus.CLOSED),
            AuditStatus.CLOSED, EnumSet.noneOf(AuditStatus.class),
            AuditStatus.CANCELLED, EnumSet.noneOf(AuditStatus.class));

    @Test
    void transitionTableAllowsExactlyTheLifecycleMoves() {
        for (AuditStatus from : AuditStatus.values()) {
            assertThat(from.next()).as("moves from " + from).isEqualTo(ALLOWED.get(from));
            for (AuditStatus to : AuditStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void theAggregateRefusesEveryMoveTheTableDoesNotAllow() {
        for (AuditStatus from : AuditStatus.values()) {
            for (AuditStatus to : EnumSet.complementOf(EnumSet.copyOf(with(ALLOWED.get(from), AuditStatus.PLANNED)))) {
                SponsorAudit audit = auditIn(from);
                assertThatThrownBy(() -> move(audit, to)).as(from + " -> " + to)
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining(from + " cannot become " + to);
                assertThat(audit.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void performingRecordsTheDateAndRefusesAFutureOne() {
        SponsorAudit audit = auditIn(AuditStatus.PLANNED);
        assertThatThrownBy(() -> audit.perform(TODAY.plusDays(1), TODAY, "too early"))
                .hasMessageContaining("performedOn");
        assertThat(audit.status()).isEqualTo(AuditStatus.PLANNED);
        assertThat(audit.performedOn()).isNull();

        // brought forward: performed before the planned date is fine
        audit.perform(TODAY.minusDays(10), TODAY, "brought forward");
        assertThat(audit.status()).isEqualTo(AuditStatus.PERFORMED);
        assertThat(audit.performedOn()).isEqualTo(TODAY.minusDays(10));
    }

    @Test
    void aClosedOrCancelledAuditCannotBeRevised() {
        for (AuditStatus status : EnumSet.of(AuditStatus.CLOSED, AuditStatus.CANCELLED)) {
            SponsorAudit audit = auditIn(status);
            assertThatThrownBy(() -> audit.revise(plan(TODAY.plusDays(3)))).hasMessageContaining(status.name());
            assertThat(audit.plannedOn()).isEqualTo(TODAY);
        }
    }

    @Test
    void anAuditIsOverdueWhenNotPerformedByItsDateOrNotClosedWithinThePeriod() {
        SponsorAudit planned = SponsorAudit.plan(UUID.randomUUID(), plan(TODAY.minusDays(4)), Instant.EPOCH);
        assertThat(planned.overdue(TODAY, 90)).contains(
                new AuditOverdue(AuditOverdue.Kind.NOT_PERFORMED, TODAY.minusDays(4), 4));
        assertThat(planned.overdue(TODAY.minusDays(4), 90)).isEmpty();

        planned.perform(TODAY.minusDays(100), TODAY, "done");
        assertThat(planned.overdue(TODAY, 90)).contains(
                new AuditOverdue(AuditOverdue.Kind.NOT_CLOSED, TODAY.minusDays(10), 10));
        assertThat(planned.overdue(TODAY, 100)).isEmpty();

        planned.close(java.util.List.of(), "closed", TODAY);
        assertThat(planned.overdue(TODAY, 0)).isEmpty();
    }

    private static Set<AuditStatus> with(Set<AuditStatus> set, AuditStatus extra) {
        Set<AuditStatus> copy = EnumSet.noneOf(AuditStatus.class);
        copy.addAll(set);
        copy.add(extra);
        return copy;
    }

    private static void move(SponsorAudit audit, AuditStatus to) {
        switch (to) {
            case PERFORMED -> audit.perform(TODAY, TODAY, "performed");
            case CLOSED -> audit.close(java.util.List.of(), "closed", TODAY);
            case CANCELLED -> audit.cancel("cancelled");
            case PLANNED -> throw new IllegalArgumentException("no move leads back to PLANNED");
        }
    }

    static SponsorAudit auditIn(AuditStatus status) {
        SponsorAudit audit = SponsorAudit.plan(UUID.randomUUID(), plan(TODAY), Instant.EPOCH);
        switch (status) {
            case PLANNED -> {
            }
            case PERFORMED -> audit.perform(TODAY, TODAY, "performed");
            case CLOSED -> {
                audit.perform(TODAY, TODAY, "performed");
                audit.close(java.util.List.of(), "closed", TODAY);
            }
            case CANCELLED -> audit.cancel("cancelled");
        }
        assertThat(audit.status()).isEqualTo(status);
        return audit;
    }

    static AuditPlan plan(LocalDate plannedOn) {
        return new AuditPlan(AuditType.ROUTINE, null, "Fill-finish line", "Dana Quality", Set.of("Sam Micro"),
                plannedOn);
    }
}
