package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTimelinesTest {

    private static final LocalDate OCCURRED = LocalDate.of(2027, 3, 10);
    private final NotificationTimelines template = NotificationTimelines.template();

    @Test
    void aCriticalDeviationIsOnTimeWhenReportedByTheNextDay() {
        assertThat(template.deadline(DeviationSeverity.CRITICAL, OCCURRED)).isEqualTo(OCCURRED.plusDays(1));
        assertThat(template.isOnTime(DeviationSeverity.CRITICAL, OCCURRED, OCCURRED)).isTrue();
        assertThat(template.isOnTime(DeviationSeverity.CRITICAL, OCCURRED, OCCURRED.plusDays(1))).isTrue();
        assertThat(template.isOnTime(DeviationSeverity.CRITICAL, OCCURRED, OCCURRED.plusDays(2))).isFalse();
    }

    @Test
    void majorAndMinorDeviationsHaveFiveAndThirtyDays() {
        assertThat(template.isOnTime(DeviationSeverity.MAJOR, OCCURRED, OCCURRED.plusDays(5))).isTrue();
        assertThat(template.isOnTime(DeviationSeverity.MAJOR, OCCURRED, OCCURRED.plusDays(6))).isFalse();
        assertThat(template.isOnTime(DeviationSeverity.MINOR, OCCURRED, OCCURRED.plusDays(30))).isTrue();
        assertThat(template.isOnTime(DeviationSeverity.MINOR, OCCURRED, OCCURRED.plusDays(31))).isFalse();
    }

    @Test
    void hoursThatAreNotWholeDaysRoundUpToTheNextDay() {
        NotificationTimelines t = new NotificationTimelines(12, 36, 100);
        assertThat(t.deadline(DeviationSeverity.CRITICAL, OCCURRED)).isEqualTo(OCCURRED.plusDays(1));
        assertThat(t.deadline(DeviationSeverity.MAJOR, OCCURRED)).isEqualTo(OCCURRED.plusDays(2));
        assertThat(t.deadline(DeviationSeverity.MINOR, OCCURRED)).isEqualTo(OCCURRED.plusDays(5));
    }

    @Test
    void aLessSevereDeviationMayNotHaveAShorterTimeline() {
        assertThatThrownBy(() -> new NotificationTimelines(48, 24, 720)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(ResponsibilityMatrixTest.field(e)).isEqualTo("notificationTimelines.majorHours"));
        assertThatThrownBy(() -> new NotificationTimelines(24, 120, 100)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(ResponsibilityMatrixTest.field(e)).isEqualTo("notificationTimelines.minorHours"));
        assertThatThrownBy(() -> new NotificationTimelines(0, 120, 720)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(ResponsibilityMatrixTest.field(e)).isEqualTo("notificationTimelines.criticalHours"));
    }
}
