package com.partnershipgovernance.platform.problem;

/** A well-formed request that a business rule refuses (422). */
public class BusinessRuleException extends ProblemException {

    public BusinessRuleException(String detail) {
        super(ProblemType.BUSINESS_RULE, detail);
    }
}
