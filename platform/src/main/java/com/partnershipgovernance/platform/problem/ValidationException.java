package com.partnershipgovernance.platform.problem;

import java.util.List;

/** A request that fails a check Bean Validation cannot express, naming the field (400). */
public class ValidationException extends ProblemException {

    public ValidationException(String field, String message) {
        super(ProblemType.VALIDATION, field + " " + message, List.of(new Problem.FieldError(field, message)));
    }
}
