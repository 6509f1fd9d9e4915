package com.partnershipgovernance.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type   identifies the kind of problem
 * @param title  short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person
 * @param errors for validation problems: each offending field and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "legalName") String field,
                             @Schema(example = "must not be blank") String message) {
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
