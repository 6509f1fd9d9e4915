package com.partnershipgovernance.agreement.milestone.domain;

import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MilestoneScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2027, 5, 31);
    private final UUID sow = UUID.randomUUID();
    private final List<Milestone> plan = new ArrayList<>();

    @Test
    void daysLateIsPositiveWhenLateZeroOnTheDayAndNegativeWhenEarly() {
        assertThat(MilestoneSchedule.daysLate(DUE, DUE.plusDays(4))).isEqualTo(4);
        assertThat(MilestoneSchedule.daysLate(DUE, DUE)).isZero();
        assertThat(MilestoneSchedule.daysLate(DUE, DUE.minusDays(3))).isEqualTo(-3);
        assertThat(MilestoneSchedule.daysLate(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1))).isEqualTo(2);
    }

    @Test
    void aMilestoneIsMissedFromTheDayAfterItsDueDateWhileOpen() {
        assertThat(MilestoneSchedule.isMissed(DUE, MilestoneStatus.OPEN, DUE)).isFalse();
        assertThat(MilestoneSchedule.isMissed(DUE, MilestoneStatus.OPEN, DUE.plusDays(1))).isTrue();
        assertThat(MilestoneSchedule.isMissed(DUE, MilestoneStatus.COMPLETED, DUE.plusDays(9))).isFalse();
        assertThat(MilestoneSchedule.isMissed(DUE, MilestoneStatus.ON_HOLD, DUE.plusDays(9))).isFalse();
        assertThat(MilestoneSchedule.daysLeft(DUE, DUE.minusDays(5))).isEqualTo(5);
    }

    @Test
    void dependentsAreFoundTransitivelyAndUnrelatedMilestonesAreNot() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        Map<UUID, List<UUID>> dependsOn = Map.of(a, List.of(), b, List.of(a), c, List.of(b), d, List.of(b, a),
                e, List.of());
        assertThat(MilestoneSchedule.dependentsOf(a, dependsOn)).containsExactlyInAnyOrder(b, c, d);
        assertThat(MilestoneSchedule.dependentsOf(b, dependsOn)).containsExactlyInAnyOrder(c, d);
        assertThat(MilestoneSchedule.dependentsOf(c, dependsOn)).isEmpty();
        assertThat(MilestoneSchedule.dependentsOf(e, dependsOn)).isEmpty();
    }

    @Test
    void aNoGoHoldsOpenDependentsButLeavesCompletedOnesAlone() {
        Milestone gate = milestone("Go/no-go for PPQ", true);
        Milestone next = milestone("PPQ batch 1", false, gate.id());
        Milestone done = milestone("Tech transfer report", false, gate.id());
        done.complete(DUE);
        Milestone after = milestone("PPQ batch 2", false, next.id());
        Set<UUID> dependents = MilestoneSchedule.dependentsOf(gate, plan);
        assertThat(dependents).containsExactlyInAnyOrder(next.id(), done.id(), after.id());
        dependents.forEach(id -> MilestoneSchedule.byId(plan).get(id).hold("NO_GO"));
        assertThat(next.status()).isEqualTo(MilestoneStatus.ON_HOLD);
        assertThat(after.status()).isEqualTo(MilestoneStatus.ON_HOLD);
        assertThat(done.status()).isEqualTo(MilestoneStatus.COMPLETED);
        assertThatThrownBy(() -> next.complete(DUE)).isInstanceOf(ConflictException.class);
        // planned later under a held milestone: held from the start
        assertThat(milestone("PPQ batch 3", false, after.id()).status()).isEqualTo(MilestoneStatus.ON_HOLD);
    }

    @Test
    void aDependencyOnAMilestoneOfAnotherSowIsRefusedNamingIt() {
        Milestone own = milestone("Own", false);
        Milestone foreign = Milestone.plan(new Milestone.Plan(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), SowKind.CLINICAL, "Foreign", DUE, "Pat", null, false, List.of()), List.of(),
                Instant.now());
        List<Milestone> known = new ArrayList<>(plan);
        known.add(foreign);
        assertThatThrownBy(() -> Milestone.plan(new Milestone.Plan(sow, UUID.randomUUID(), UUID.randomUUID(),
                SowKind.MANUFACTURING, "Mixed", DUE, "Pat", null, false, List.of(own.id(), foreign.id())), known,
                Instant.now()))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("dependsOn[1] ");
    }

    @Test
    void onlyADecisionPointIsDecidedAndOnlyOnce() {
        Milestone plain = milestone("Plain", false);
        assertThatThrownBy(plain::requireDecidable).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("decisionPoint ");
        Milestone gate = milestone("Gate", true);
        gate.decide(new GoNoGoDecision(GoNoGo.GO, "ok", "u", "U", Instant.now(), null));
        assertThatThrownBy(() -> gate.decide(new GoNoGoDecision(GoNoGo.NO_GO, "no", "u", "U", Instant.now(), null)))
                .isInstanceOf(ConflictException.class);
        assertThat(gate.decision()).get().extracting(GoNoGoDecision::decision).isEqualTo(GoNoGo.GO);
    }

    @Test
    void completionIsRecordedOnceWithItsDaysLate() {
        Milestone m = milestone("Report", false);
        assertThat(m.complete(DUE.plusDays(2))).isEqualTo(2);
        assertThat(m.completedOn()).isEqualTo(DUE.plusDays(2));
        assertThatThrownBy(() -> m.complete(DUE)).isInstanceOf(ConflictException.class);
    }

    private Milestone milestone(String name, boolean decisionPoint, UUID... dependsOn) {
        Milestone m = Milestone.plan(new Milestone.Plan(sow, UUID.randomUUID(), UUID.randomUUID(),
                SowKind.MANUFACTURING, name, DUE, "Pat Project", null, decisionPoint, List.of(dependsOn)), plan,
                Instant.now());
        plan.add(m);
        return m;
    }
}
