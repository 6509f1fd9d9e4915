package com.partnershipgovernance.platform.problem;

import java.util.List;

/** A well-formed request that a business rule refuses (422). */
public class BusinessRuleException extends ProblemException {

    public BusinessRuleException(String detail) {
        super(ProblemType.BUSINESS_RULE, detail);
    }

    private BusinessRuleException(String detail, List<Problem.FieldError> errors) {
        super(ProblemType.BUSINESS_RULE, detail, errors);
    }

    /** A refusal caused by one field's value, named in the problem's {@code errors}. */
    public static BusinessRuleException onField(String field, String message) {
        return new BusinessRuleException(field + " " + message, List.of(new Problem.FieldError(field, message)));
    }
}
