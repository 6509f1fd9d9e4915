package com.partnershipgovernance.platform.problem;

/** A change sent without {@code If-Match} (428). */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail);
    }
}
