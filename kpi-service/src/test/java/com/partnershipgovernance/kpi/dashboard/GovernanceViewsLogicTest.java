package com.partnershipgovernance.kpi.dashboard;

import com.partnershipgovernance.kpi.definition.domain.Periodicity;
import com.partnershipgovernance.kpi.review.domain.Attendee;
import com.partnershipgovernance.kpi.review.domain.Organisation;
import com.partnershipgovernance.kpi.review.domain.ReviewAction;
import com.partnershipgovernance.kpi.review.domain.ReviewContent;
import com.partnershipgovernance.kpi.review.domain.SteeringCommitteeReview;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GovernanceViewsLogicTest {

    @Test
    void aSteeringCommitteesTrendSpansTheSameQuartersForMonthlyAndQuarterlyKpis() {
        assertThat(GovernanceViews.trendPeriods(Periodicity.MONTHLY, 4)).isEqualTo(12);
        assertThat(GovernanceViews.trendPeriods(Periodicity.QUARTERLY, 4)).isEqualTo(4);
    }

    @Test
    void openActionsArePastDueOrDueWithinTheHorizonOfReviewsAlreadyHeld() {
        SteeringCommitteeReview held = review(LocalDate.of(2026, 9, 15),
                new ReviewAction("overdue", "Pat", LocalDate.of(2026, 9, 20)),
                new ReviewAction("due soon", "Dana", LocalDate.of(2026, 10, 5)),
                new ReviewAction("later", "Dana", LocalDate.of(2026, 12, 1)));
        SteeringCommitteeReview future = review(LocalDate.of(2026, 10, 10),
                new ReviewAction("not yet decided", "Pat", LocalDate.of(2026, 10, 11)));

        List<GovernanceViews.OpenAction> open = GovernanceViews.openActions(List.of(future, held), Set.of(),
                LocalDate.of(2026, 9, 30), 14);

        assertThat(open).extracting(GovernanceViews.OpenAction::description).containsExactly("overdue", "due soon");
        assertThat(open).extracting(GovernanceViews.OpenAction::overdue).containsExactly(true, false);
    }

    @Test
    void aCompletedActionIsNoLongerOpen() {
        SteeringCommitteeReview held = review(LocalDate.of(2026, 9, 15),
                new ReviewAction("done", "Pat", LocalDate.of(2026, 9, 20)),
                new ReviewAction("still open", "Dana", LocalDate.of(2026, 9, 25)));

        List<GovernanceViews.OpenAction> open = GovernanceViews.openActions(List.of(held),
                Set.of(held.id() + "/0"), LocalDate.of(2026, 9, 30), 14);

        assertThat(open).extracting(GovernanceViews.OpenAction::description).containsExactly("still open");
    }

    private static SteeringCommitteeReview review(LocalDate heldOn, ReviewAction... actions) {
        return SteeringCommitteeReview.record(new ReviewContent(heldOn,
                List.of(new Attendee("Dana", Organisation.SPONSOR, "Chair"),
                        new Attendee("Pat", Organisation.PARTNER, "Lead")),
                List.of(UUID.randomUUID()), List.of("QUERY_RESPONSE_TIME"), List.of(), List.of(actions)),
                "{}", "u", "U", Instant.EPOCH);
    }
}
