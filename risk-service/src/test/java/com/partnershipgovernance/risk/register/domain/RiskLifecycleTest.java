package com.partnershipgovernance.risk.register.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Actor QUINN = new Actor("u-quality", "Quinn Quality");

    @Test
    void lifecycleTable() {
        assertThat(RiskStatus.OPEN.next()).containsExactlyInAnyOrder(RiskStatus.MITIGATING, RiskStatus.ACCEPTED,
                RiskStatus.CLOSED);
        assertThat(RiskStatus.MITIGATING.next()).containsExactlyInAnyOrder(RiskStatus.OPEN, RiskStatus.ACCEPTED,
                RiskStatus.CLOSED);
        assertThat(RiskStatus.ACCEPTED.next()).containsExactlyInAnyOrder(RiskStatus.OPEN, RiskStatus.MITIGATING,
                RiskStatus.CLOSED);
        assertThat(RiskStatus.CLOSED.next()).containsExactly(RiskStatus.OPEN);
    }

    @ParameterizedTest
    @EnumSource(RiskStatus.class)
    void noStatusMovesToItself(RiskStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    @Test
    void closedRiskCannotStartMitigatingAndTheRefusalIsATransitionError() {
        Risk risk = raised(4, 5);
        risk.changeStatus(RiskStatus.CLOSED, "Line 2 qualified", RagBands.DEFAULT, TODAY);
        assertThatThrownBy(() -> risk.changeStatus(RiskStatus.MITIGATING, "x", RagBands.DEFAULT, TODAY))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CLOSED to MITIGATING");
        assertThat(risk.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(risk.statusReason()).isEqualTo("Line 2 qualified");
    }

    @Test
    void closedRiskIsNotReviewedAndReopenedRiskRestartsItsReviewClock() {
        Risk risk = raised(4, 5);
        risk.changeStatus(RiskStatus.CLOSED, "Gone", RagBands.DEFAULT, TODAY);
        assertThat(risk.nextReviewOn()).isNull();
        risk.changeStatus(RiskStatus.OPEN, "Came back", RagBands.DEFAULT, TODAY.plusDays(40));
        assertThat(risk.nextReviewOn()).isEqualTo(TODAY.plusDays(40).plusMonths(1));
    }

    @Test
    void reviewFrequencyFollowsTheRagUnlessOverridden() {
        assertThat(raised(4, 5).nextReviewOn()).isEqualTo(TODAY.plusMonths(1));
        assertThat(raised(3, 4).nextReviewOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(raised(2, 3).nextReviewOn()).isEqualTo(TODAY.plusMonths(6));
        Risk overridden = raised(2, 3);
        RiskDetails details = overridden.details();
        overridden.revise(new RiskDetails(details.title(), details.description(), details.category(), null, null,
                null, details.ownerSide(), details.ownerName(), false, null, ReviewFrequency.MONTHLY),
                RagBands.DEFAULT);
        assertThat(overridden.nextReviewOn()).isEqualTo(TODAY.plusMonths(1));
    }

    @Test
    void rescoringToRedBringsTheNextReviewForwardAndKeepsThePreviousScore() {
        Risk risk = raised(2, 3);
        RiskScoreChange change = risk.rescore(new RiskScore(4, 4), "Second OOS", null, RagBands.DEFAULT, QUINN,
                Instant.EPOCH);
        assertThat(change.previous()).contains(new RiskScore(2, 3));
        assertThat(change.score()).isEqualTo(new RiskScore(4, 4));
        assertThat(risk.nextReviewOn()).isEqualTo(TODAY.plusMonths(1));
    }

    @Test
    void rescoringToTheSameScoreOrAClosedRiskIsRefused() {
        Risk risk = raised(3, 3);
        assertThatThrownBy(() -> risk.rescore(new RiskScore(3, 3), "same", null, RagBands.DEFAULT, QUINN,
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
        risk.changeStatus(RiskStatus.CLOSED, "Gone", RagBands.DEFAULT, TODAY);
        assertThatThrownBy(() -> risk.rescore(new RiskScore(4, 4), "worse", null, RagBands.DEFAULT, QUINN,
                Instant.EPOCH)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void reviewKeepsTheScoreThenAndSchedulesTheNextOnePeriodLater() {
        Risk risk = raised(3, 4);
        RiskReview review = risk.review(TODAY.plusDays(10), ReviewDecision.NO_CHANGE, "Stands", RagBands.DEFAULT,
                QUINN, Instant.EPOCH);
        assertThat(review.scoreThen()).isEqualTo(new RiskScore(3, 4));
        assertThat(review.rag()).isEqualTo(Rag.AMBER);
        assertThat(review.reviewedBy()).isEqualTo("u-quality");
        assertThat(risk.nextReviewOn()).isEqualTo(TODAY.plusDays(10).plusMonths(3));
        assertThat(risk.isReviewOverdue(TODAY.plusDays(10).plusMonths(3).plusDays(1))).isTrue();
        assertThat(risk.isReviewOverdue(TODAY.plusDays(10).plusMonths(3))).isFalse();
    }

    @Test
    void reviewBeforeTheRiskWasIdentifiedIsRefusedNamingReviewedOn() {
        Risk risk = raised(3, 4);
        assertThatThrownBy(() -> risk.review(TODAY.minusDays(1), ReviewDecision.NO_CHANGE, "x", RagBands.DEFAULT,
                QUINN, Instant.EPOCH)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("reviewedOn");
    }

    private static Risk raised(int likelihood, int impact) {
        RiskDetails details = new RiskDetails("Capacity", null, RiskCategory.PARTNER_CAPACITY_OR_TURNOVER, null, null,
                null, OwnerSide.SPONSOR, "Dana Supply", false, null, null);
        return Risk.raise(UUID.randomUUID(), details, new RiskScore(likelihood, impact), TODAY, RagBands.DEFAULT,
                QUINN, Instant.EPOCH, null, "Initial assessment").risk();
    }
}
