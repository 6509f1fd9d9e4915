package com.partnershipgovernance.partner.audit.domain;

import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An audit closes only when every critical and major finding is closed. Minor findings and
 * observations may still be followed up after the audit closed.
 */
public final class AuditClosingPolicy {

    private AuditClosingPolicy() {
    }

    /** The findings that keep the audit open, by number. */
    public static List<Finding> blockingFindings(Collection<Finding> findings) {
        return findings.stream()
                .filter(f -> f.severity().blocksAuditClosure() && f.status() != FindingStatus.CLOSED)
                .sorted(Comparator.comparingInt(Finding::number))
                .toList();
    }

    /**
     * Refuses (422) to close an audit while a critical or major finding is not closed, naming each one.
     *
     * @throws AuditNotClosableException listing the blocking findings
     */
    public static void requireClosable(Collection<Finding> findings) {
        List<Finding> blocking = blockingFindings(findings);
        if (!blocking.isEmpty()) {
            throw new AuditNotClosableException(blocking);
        }
    }

    /** The audit still has critical or major findings that are not closed (422, each one named). */
    public static final class AuditNotClosableException extends ProblemException {

        AuditNotClosableException(List<Finding> blocking) {
            super(ProblemType.BUSINESS_RULE, "The audit cannot close: " + blocking.size()
                            + " critical or major finding(s) not closed: "
                            + String.join(", ", blocking.stream().map(AuditNotClosableException::describe).toList()),
                    blocking.stream().map(f -> new Problem.FieldError("findings",
                            describe(f) + " (id " + f.id() + ") must be closed first")).toList());
        }

        private static String describe(Finding f) {
            return "#" + f.number() + " " + f.severity() + " " + f.status();
        }
    }
}
