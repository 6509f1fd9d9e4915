package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemException;
import com.partnershipgovernance.platform.problem.ProblemType;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates the elements of a list in the request body one by one, naming each error
 * {@code criteria[2].requiredFunctions}.
 */
// the platform's mapper names a violation inside a list element criteria.requiredFunctions[2],
// which points clients at the wrong element; validating elements here keeps the names right
final class ElementValidation {

    private ElementValidation() {
    }

    /** Throws a 400 naming every invalid field of {@code elements}, as {@code listField[i].field}. */
    static void check(String listField, List<?> elements) {
        Validator validator = CDI.current().select(Validator.class).get();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            for (ConstraintViolation<?> violation : validator.validate(elements.get(i))) {
                errors.add(new Problem.FieldError(listField + "[" + i + "]." + violation.getPropertyPath(),
                        violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                    : errors.size() + " fields are invalid";
            throw new ProblemException(ProblemType.VALIDATION, detail, errors);
        }
    }
}
