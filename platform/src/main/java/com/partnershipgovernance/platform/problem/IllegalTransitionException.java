package com.partnershipgovernance.platform.problem;

/** A lifecycle move the state machine does not allow (409). */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String detail) {
        super(ProblemType.ILLEGAL_TRANSITION, detail);
    }
}
