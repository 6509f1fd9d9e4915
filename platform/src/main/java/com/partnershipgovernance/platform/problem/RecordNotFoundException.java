package com.partnershipgovernance.platform.problem;

/** A record that does not exist, is retired, or is not visible to the caller (404). */
public class RecordNotFoundException extends ProblemException {

    public static RecordNotFoundException of(String what, Object id) {
        return new RecordNotFoundException(what + " " + id + " was not found");
    }

    public RecordNotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
