package com.partnershipgovernance.agreement.deviation.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;

import java.util.List;

/**
 * When a deviation may close (EU GMP Chapter 1.4(xiv)): its root cause is known and every CAPA action has been
 * found effective. A refusal names what is missing: {@code rootCause}, or each open action as
 * {@code capaActions[n]} (n = the action's number).
 */
public final class ClosurePolicy {

    private ClosurePolicy() {
    }

    /**
     * @throws BusinessRuleException (422) naming {@code rootCause} when none is recorded
     * @throws ProblemException      (422, business rule) naming each open CAPA action
     */
    public static void requireClosable(String rootCause, List<CapaAction> actions) {
        if (rootCause == null || rootCause.isBlank()) {
            throw BusinessRuleException.onField("rootCause", "is not recorded: a deviation closes only with its "
                    + "root cause");
        }
        List<Problem.FieldError> open = actions.stream().filter(CapaAction::isOpen)
                .map(a -> new Problem.FieldError("capaActions[" + a.number() + "]", "is open (owner " + a.owner()
                        + ", due " + a.dueOn() + "): record an effective effectiveness check first"))
                .toList();
        if (!open.isEmpty()) {
            throw new ProblemException(ProblemType.BUSINESS_RULE, open.size() + " CAPA action(s) still open: a "
                    + "deviation cannot close with open CAPA actions", open);
        }
    }
}
