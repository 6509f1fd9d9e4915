package com.partnershipgovernance.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Turns every failure of a REST call into an RFC 9457 problem: validation errors name their fields,
 * malformed JSON is a 400, domain exceptions keep their status, and anything unexpected is logged
 * with a reference and answered without a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e) {
        return respond(ConstraintViolationProblems.from(e));
    }

    // listed one by one: Quarkus REST has built-in mappers for some of these subtypes
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e) {
        return respond(JsonProblems.from(e));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token is required")))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this operation"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(JsonProblems.from(json));
        }
        // a parameter converter's refusal, wrapped by JAX-RS into a 404 for query parameters
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem);
        }
        Response original = e.getResponse();
        ProblemType type = WebProblems.typeFor(original.getStatus());
        if (type == ProblemType.INTERNAL) {
            return unexpected(e);
        }
        Response.ResponseBuilder answer = Response.fromResponse(respond(
                Problem.of(type, WebProblems.detailFor(type, e))));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response anything(Throwable e) {
        Problem classified = FailureCauses.classify(e);
        if (classified != null) {
            if (classified.status() >= 500) {
                LOG.warnf("Answered %d: %s", classified.status(), FailureCauses.rootMessage(e));
            }
            Response.ResponseBuilder answer = Response.fromResponse(respond(classified));
            if (classified.status() == 503) {
                answer.header(HttpHeaders.RETRY_AFTER, "5");
            }
            return answer.build();
        }
        return unexpected(e);
    }

    private static Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return respond(Problem.of(ProblemType.INTERNAL,
                "An unexpected error occurred; quote reference " + reference + " to support"));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
