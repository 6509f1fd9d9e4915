package com.partnershipgovernance.platform.problem;

/** A stale {@code If-Match}: someone else changed the record (412). */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail);
    }
}
