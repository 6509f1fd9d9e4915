package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.TermChange;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponsibilityMatrixTest {

    @Test
    void templateAssignsEveryArea() {
        Map<ResponsibilityArea, Responsibility> template = ResponsibilityMatrix.template().assignments();
        assertThat(template.keySet()).containsExactly(ResponsibilityArea.values());
        assertThat(template.values()).doesNotContainNull();
        assertThat(ResponsibilityMatrix.template().responsibleFor(ResponsibilityArea.BATCH_RELEASE_QP_CERTIFICATION))
                .isEqualTo(Responsibility.SPONSOR);
    }

    @Test
    void aMatrixLeavingAnAreaUnassignedIsRefusedNamingThatArea() {
        Map<ResponsibilityArea, Responsibility> partial = new EnumMap<>(ResponsibilityMatrix.template().assignments());
        partial.remove(ResponsibilityArea.STABILITY);
        assertThatThrownBy(() -> ResponsibilityMatrix.of(partial))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("responsibilities.STABILITY"));
        partial.put(ResponsibilityArea.STABILITY, null);
        assertThatThrownBy(() -> ResponsibilityMatrix.of(partial)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aCompleteMatrixIsKeptAsGiven() {
        Map<ResponsibilityArea, Responsibility> all = new EnumMap<>(ResponsibilityArea.class);
        for (ResponsibilityArea area : ResponsibilityArea.values()) {
            all.put(area, Responsibility.SHARED);
        }
        all.put(ResponsibilityArea.CHANGE_CONTROL, Responsibility.PARTNER);
        ResponsibilityMatrix matrix = ResponsibilityMatrix.of(all);
        assertThat(matrix.responsibleFor(ResponsibilityArea.CHANGE_CONTROL)).isEqualTo(Responsibility.PARTNER);
        assertThat(matrix.responsibleFor(ResponsibilityArea.RECALLS)).isEqualTo(Responsibility.SHARED);
        // later changes of the caller's map do not reach the matrix
        all.put(ResponsibilityArea.RECALLS, Responsibility.SPONSOR);
        assertThat(matrix.responsibleFor(ResponsibilityArea.RECALLS)).isEqualTo(Responsibility.SHARED);
    }

    @Test
    void comparingTermsNamesEachChangedArea() {
        QualityTerms before = new QualityTerms("QA", LocalDate.of(2027, 1, 1), null, null,
                ResponsibilityMatrix.template(), AuditRights.template(), NotificationTimelines.template());
        Map<ResponsibilityArea, Responsibility> changed = new EnumMap<>(ResponsibilityMatrix.template().assignments());
        changed.put(ResponsibilityArea.COMPLAINTS, Responsibility.SPONSOR);
        QualityTerms after = new QualityTerms("QA", LocalDate.of(2027, 1, 1), null, null,
                ResponsibilityMatrix.of(changed), AuditRights.template(), new NotificationTimelines(24, 72, 720));
        assertThat(before.changesTo(after)).containsExactly(
                new TermChange("responsibilities.COMPLAINTS", "SHARED", "SPONSOR"),
                new TermChange("notificationTimelines.majorHours", 120, 72));
    }

    @Test
    void auditRightsOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new AuditRights(0, 30, true)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("auditRights.routineIntervalMonths"));
    }

    static String field(Throwable e) {
        return ((ProblemException) e).toProblem().errors().get(0).field();
    }
}
