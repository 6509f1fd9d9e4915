package com.partnershipgovernance.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problems for failures the HTTP layer answers before any resource runs (a body over
 * {@code quarkus.http.limits.max-body-size}), so that every 4xx is problem+json.
 */
@ApplicationScoped
public class HttpLayerProblems {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared == null || !isLarger(declared)) {
                context.next();
                return;
            }
            try {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(mapper.writeValueAsString(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                                "The request body is larger than the " + maxBodySize.asLongValue()
                                        + " bytes this service accepts")));
            } catch (JsonProcessingException e) {
                context.next();
            }
        });
    }

    private boolean isLarger(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
