package com.partnershipgovernance.partner.scorecard.domain;

import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;

import java.util.List;

/**
 * A well-formed request that a scorecard rule refuses (422), naming the field at fault, e.g. weights
 * that do not sum to 100 ({@code criteria}) or a candidate that is not a partner ({@code candidatePartnerIds}).
 */
// the platform's BusinessRuleException carries no field; clients need to know which field to fix
public class RuleViolationException extends ProblemException {

    public RuleViolationException(String field, String message) {
        super(ProblemType.BUSINESS_RULE, field + " " + message, List.of(new Problem.FieldError(field, message)));
    }
}
