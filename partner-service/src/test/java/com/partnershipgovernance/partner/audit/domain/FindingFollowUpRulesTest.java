package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ConflictException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The follow-up of a finding: its transition table, when it may close, and its dates. */
class FindingFollowUpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final SponsorAudit audit = AuditStatusTest.auditIn(AuditStatus.PERFORMED);

    @Test
    void transitionTableAllowsExactlyTheFollowUpMoves() {
        Map<FindingStatus, Set<FindingStatus>> allowed = Map.of(
                FindingStatus.OPEN, EnumSet.of(FindingStatus.RESPONSE_RECEIVED, FindingStatus.CLOSED),
                FindingStatus.RESPONSE_RECEIVED, EnumSet.of(FindingStatus.OPEN, FindingStatus.CLOSED),
                FindingStatus.CLOSED, EnumSet.noneOf(FindingStatus.class));
        for (FindingStatus from : FindingStatus.values()) {
            assertThat(from.next()).as("moves from " + from).isEqualTo(allowed.get(from));
        }
    }

    @Test
    void aMajorFindingClosesOnlyOnceAResponseWasReceived() {
        Finding major = raise(FindingSeverity.MAJOR, TODAY.plusDays(30));
        assertThatThrownBy(() -> major.close("verified", "u-q", TODAY)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("MAJOR");
        assertThat(major.status()).isEqualTo(FindingStatus.OPEN);

        major.respond("  CAPA: retrain operators  ", "p-user", "Pat Partner", Instant.EPOCH);
        assertThat(major.status()).isEqualTo(FindingStatus.RESPONSE_RECEIVED);
        assertThat(major.response()).isEqualTo("CAPA: retrain operators");
        assertThat(major.respondedByName()).isEqualTo("Pat Partner");

        major.close("CAPA verified", "u-q", TODAY);
        assertThat(major.status()).isEqualTo(FindingStatus.CLOSED);
        assertThat(major.closedOn()).isEqualTo(TODAY);
        assertThat(major.closedBy()).isEqualTo("u-q");
        assertThatThrownBy(() -> major.close("again", "u-q", TODAY)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> major.respond("late", "p", "P", Instant.EPOCH))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aRejectedResponseReopensTheFindingWhichThenCannotCloseUntilANewResponse() {
        Finding minor = raise(FindingSeverity.MINOR, TODAY.plusDays(30));
        assertThatThrownBy(() -> audit.rejectResponse(minor, "nothing to reject", null))
                .isInstanceOf(IllegalTransitionException.class);
        minor.respond("first answer", "p-user", "Pat Partner", Instant.EPOCH);

        audit.rejectResponse(minor, "root cause missing", TODAY.plusDays(45));

        assertThat(minor.status()).isEqualTo(FindingStatus.OPEN);
        assertThat(minor.sponsorNote()).isEqualTo("root cause missing");
        assertThat(minor.responseDueOn()).isEqualTo(TODAY.plusDays(45));
        assertThatThrownBy(() -> minor.close("ok", "u-q", TODAY)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anObservationNeedsNoResponseDateAndMayCloseWhileOpen() {
        Finding observation = raise(FindingSeverity.OBSERVATION, null);
        assertThat(observation.responseDaysOverdue(TODAY.plusYears(1))).isEmpty();
        observation.close("noted", "u-q", TODAY);
        assertThat(observation.status()).isEqualTo(FindingStatus.CLOSED);
    }

    @Test
    void responseDueDatesAreRequiredAndNotBeforeTheAudit() {
        assertThatThrownBy(() -> raise(FindingSeverity.CRITICAL, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.toProblem().errors())
                        .extracting(error -> error.field()).containsExactly("responseDueOn"));
        assertThatThrownBy(() -> raise(FindingSeverity.MINOR, audit.performedOn().minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.toProblem().errors())
                        .extracting(error -> error.field()).containsExactly("responseDueOn"));
        Finding minor = raise(FindingSeverity.MINOR, audit.performedOn());
        minor.respond("answer", "p", "P", Instant.EPOCH);
        assertThatThrownBy(() -> audit.rejectResponse(minor, "no", audit.performedOn().minusDays(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(minor.status()).isEqualTo(FindingStatus.RESPONSE_RECEIVED);
    }

    @Test
    void aResponseIsOverdueOnlyWhileAwaitedAfterItsDueDate() {
        Finding minor = raise(FindingSeverity.MINOR, TODAY.plusDays(5));
        assertThat(minor.responseDaysOverdue(TODAY.plusDays(5))).isEmpty();
        assertThat(minor.responseDaysOverdue(TODAY.plusDays(8))).hasValue(3);
        minor.respond("answer", "p", "P", Instant.EPOCH);
        assertThat(minor.responseDaysOverdue(TODAY.plusDays(8))).isEmpty();
    }

    @Test
    void findingsComeOnlyFromAPerformedAudit() {
        for (AuditStatus status : EnumSet.of(AuditStatus.PLANNED, AuditStatus.CLOSED, AuditStatus.CANCELLED)) {
            SponsorAudit other = AuditStatusTest.auditIn(status);
            assertThatThrownBy(() -> other.raiseFinding(1,
                    new FindingDetails(FindingSeverity.MINOR, null, "x", TODAY.plusDays(3)), Instant.EPOCH))
                    .as(status.name()).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void aClosedAuditsFindingsCannotBecomeCriticalOrMajor() {
        Finding minor = raise(FindingSeverity.MINOR, TODAY.plusDays(30));
        audit.close(List.of(minor), "no critical or major findings", TODAY);

        assertThatThrownBy(() -> audit.reviseFinding(minor,
                new FindingDetails(FindingSeverity.MAJOR, null, "escalated", TODAY.plusDays(30))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.BUSINESS_RULE);
                    assertThat(e.toProblem().errors()).extracting(error -> error.field()).containsExactly("severity");
                });
        assertThat(minor.severity()).isEqualTo(FindingSeverity.MINOR);

        // the due date of a finding still followed up after the audit closed may move
        audit.reviseFinding(minor, new FindingDetails(FindingSeverity.MINOR, null, "extended", TODAY.plusDays(60)));
        assertThat(minor.responseDueOn()).isEqualTo(TODAY.plusDays(60));
    }

    private Finding raise(FindingSeverity severity, LocalDate responseDueOn) {
        return audit.raiseFinding(1, new FindingDetails(severity, "Annex 1", severity + " finding", responseDueOn),
                Instant.EPOCH);
    }
}
