package com.partnershipgovernance.platform.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

/** Problem kinds for the HTTP-level failures JAX-RS raises itself (unknown path, wrong method or media type). */
final class WebProblems {

    private WebProblems() {
    }

    static ProblemType typeFor(int status) {
        return switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> ProblemType.BUSINESS_RULE;
            case 428 -> ProblemType.PRECONDITION_REQUIRED;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> ProblemType.INTERNAL;
        };
    }

    static String detailFor(ProblemType type, WebApplicationException e) {
        return switch (type) {
            case NOT_FOUND -> e instanceof NotFoundException && e.getMessage() != null
                    && e.getMessage().startsWith("Unable to find matching")
                    ? "No resource at this path" : "Not found";
            case METHOD_NOT_ALLOWED -> "This resource does not support the method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case NOT_ACCEPTABLE -> "This resource answers application/json";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case BAD_REQUEST -> "The request could not be understood: check its parameters";
            default -> type.title();
        };
    }
}
