package com.partnershipgovernance.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Answers a request with a problem from the HTTP layer, before any resource runs. */
@ApplicationScoped
public class ProblemWriter {

    @Inject
    ObjectMapper mapper;

    /**
     * Ends {@code context}'s response with {@code problem}; {@code close} when the rest of the request (an unread
     * body) must not be taken as the next one.
     */
    public void answer(RoutingContext context, Problem problem, boolean close) {
        try {
            var response = context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (close) {
                response.putHeader(HttpHeaders.CONNECTION, "close");
            }
            response.end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
