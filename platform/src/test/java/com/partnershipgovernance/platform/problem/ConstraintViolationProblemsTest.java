package com.partnershipgovernance.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConstraintViolationProblemsTest {

    record Criterion(@NotBlank String code, @NotEmpty List<@NotNull String> requiredFunctions) {
    }

    record Template(@NotBlank String name, @NotEmpty List<@Valid Criterion> criteria) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void fieldsInsideListElementsCarryTheElementIndexOnTheList() {
        Template template = new Template("", List.of(
                new Criterion("EXPERTISE", List.of("RND")),
                new Criterion("COST", List.of()),
                new Criterion("", java.util.Arrays.asList("FINANCE", null))));

        Problem problem = ConstraintViolationProblems.from(new ConstraintViolationException(
                validator.validate(template)));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly(
                "criteria[1].requiredFunctions", "criteria[2].code", "criteria[2].requiredFunctions[1]", "name");
    }
}
