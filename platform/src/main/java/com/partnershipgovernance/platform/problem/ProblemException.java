package com.partnershipgovernance.platform.problem;

import java.util.List;

/**
 * Base of every exception that maps to a problem answer. Domain code throws the specific
 * subclasses ({@link IllegalTransitionException}, {@link BusinessRuleException}, ...).
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage(), errors);
    }
}
