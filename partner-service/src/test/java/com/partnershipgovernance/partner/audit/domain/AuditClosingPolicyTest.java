package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An audit closes only when every critical and major finding is closed; minor ones and observations may stay open. */
class AuditClosingPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final SponsorAudit audit = AuditStatusTest.auditIn(AuditStatus.PERFORMED);
    private final List<Finding> findings = new ArrayList<>();

    @Test
    void anOpenMajorFindingKeepsTheAuditOpenAndIsNamed() {
        Finding major = raise(FindingSeverity.MAJOR);
        raise(FindingSeverity.MINOR);

        assertThatThrownBy(() -> audit.close(findings, "done", TODAY))
                .isInstanceOfSatisfying(AuditClosingPolicy.AuditNotClosableException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.BUSINESS_RULE);
                    assertThat(e.getMessage()).contains("#1 MAJOR OPEN");
                    assertThat(e.toProblem().errors()).singleElement()
                            .satisfies(error -> assertThat(error.message()).contains(major.id().toString()));
                });
        assertThat(audit.status()).isEqualTo(AuditStatus.PERFORMED);
        assertThat(audit.closedOn()).isNull();
    }

    @Test
    void aCriticalOrMajorFindingWithAResponseAwaitingReviewStillBlocks() {
        Finding critical = raise(FindingSeverity.CRITICAL);
        critical.respond("CAPA plan", "p-user", "Pat Partner", Instant.EPOCH);

        assertThat(AuditClosingPolicy.blockingFindings(findings)).containsExactly(critical);
        assertThatThrownBy(() -> AuditClosingPolicy.requireClosable(findings))
                .hasMessageContaining("#1 CRITICAL RESPONSE_RECEIVED");
    }

    @Test
    void openMinorFindingsAndObservationsDoNotBlockAndEverySeverityIsCounted() {
        Finding critical = raise(FindingSeverity.CRITICAL);
        Finding major = raise(FindingSeverity.MAJOR);
        Finding otherMajor = raise(FindingSeverity.MAJOR);
        raise(FindingSeverity.MINOR);
        raise(FindingSeverity.OBSERVATION);
        raise(FindingSeverity.OBSERVATION);
        for (Finding f : List.of(critical, major, otherMajor)) {
            f.respond("CAPA", "p-user", "Pat Partner", Instant.EPOCH);
            f.close("CAPA verified", "u-q", TODAY);
        }

        AuditClosure closure = audit.close(findings, "all critical and major findings closed", TODAY);

        assertThat(audit.status()).isEqualTo(AuditStatus.CLOSED);
        assertThat(audit.closedOn()).isEqualTo(TODAY);
        assertThat(closure.findings()).isEqualTo(new FindingCounts(1, 2, 1, 2, 3));
        assertThat(closure.auditId()).isEqualTo(audit.id());
        assertThat(closure.partnerId()).isEqualTo(audit.partnerId());
        assertThat(closure.type()).isEqualTo(AuditType.ROUTINE);
    }

    @Test
    void anAuditWithoutFindingsCloses() {
        AuditClosure closure = audit.close(List.of(), "clean audit", TODAY);
        assertThat(closure.findings()).isEqualTo(FindingCounts.NONE);
        assertThat(closure.closedOn()).isEqualTo(TODAY);
    }

    private Finding raise(FindingSeverity severity) {
        Finding finding = audit.raiseFinding(findings.size() + 1,
                new FindingDetails(severity, null, severity + " finding", TODAY.plusDays(30)), Instant.EPOCH);
        findings.add(finding);
        return finding;
    }
}
