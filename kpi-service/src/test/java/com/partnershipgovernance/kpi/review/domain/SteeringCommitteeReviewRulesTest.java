package com.partnershipgovernance.kpi.review.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SteeringCommitteeReviewRulesTest {

    private static final LocalDate HELD_ON = LocalDate.of(2026, 7, 20);
    private static final List<Attendee> BOTH_SIDES = List.of(new Attendee("Dana", Organisation.SPONSOR, "Chair"),
            new Attendee("Pat", Organisation.PARTNER, "Alliance manager"));

    @Test
    void anActionDueBeforeTheReviewIsRefusedNamingItsDueDate() {
        ReviewContent content = content(BOTH_SIDES, new ReviewAction("ok", "Pat", HELD_ON),
                new ReviewAction("late", "Pat", HELD_ON.minusDays(1)));
        assertThatThrownBy(() -> SteeringCommitteeReview.check(content)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("actions[1].dueOn");
    }

    @Test
    void aCommitteeOfOneSideOnlyIsRefused() {
        ReviewContent content = content(List.of(BOTH_SIDES.get(0)));
        assertThatThrownBy(() -> SteeringCommitteeReview.check(content)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("attendees");
    }

    @Test
    void anActionDueOnTheReviewDayAndBothSidesAreAccepted() {
        SteeringCommitteeReview review = SteeringCommitteeReview.record(
                content(BOTH_SIDES, new ReviewAction("now", "Pat", HELD_ON)), "{}", "u", "U", Instant.EPOCH);
        assertThat(review.isSigned()).isFalse();
        assertThat(review.content().actions()).hasSize(1);
    }

    @Test
    void theContentKeepsPartnersAndKpisInAStableOrderWithoutRepeats() {
        UUID a = new UUID(0, 1);
        UUID b = new UUID(0, 2);
        ReviewContent content = new ReviewContent(HELD_ON, BOTH_SIDES, List.of(b, a, b), List.of("Z_KPI", "A_KPI"),
                List.of(), List.of());
        assertThat(content.partnerIds()).containsExactly(a, b);
        assertThat(content.kpiCodes()).containsExactly("A_KPI", "Z_KPI");
    }

    private static ReviewContent content(List<Attendee> attendees, ReviewAction... actions) {
        return new ReviewContent(HELD_ON, attendees, List.of(UUID.randomUUID()), List.of("QUERY_RESPONSE_TIME"),
                List.of("decided"), List.of(actions));
    }
}
