package com.partnershipgovernance.platform.problem;

/** A request that conflicts with the current state of a record (409). */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
