package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.problem.Problem;
import com.partnershipgovernance.platform.problem.ProblemType;
import com.partnershipgovernance.platform.problem.ProblemWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Requests from an origin the service's CORS configuration ({@code quarkus.http.cors.origins}) does not allow.
 * A preflight from such an origin is refused with a 403 problem. Any other request is answered as if it carried no
 * {@code Origin}: CORS protects a browser's reader, not the server, so a server-side client that sends
 * {@code Origin} (an ERP's HTTP library) is served, while a browser page of that origin, getting no
 * {@code Access-Control-Allow-Origin}, cannot read the answer (and cannot send a bearer token without the refused
 * preflight). Quarkus's CORS filter would instead answer 403 with an empty body.
 */
@ApplicationScoped
public class ForeignOrigins {

    @Inject
    ProblemWriter writer;

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean corsEnabled;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> allowedOrigins;

    void install(@Observes Router router) {
        if (corsEnabled && allowedOrigins.isPresent() && !allowedOrigins.get().isEmpty()) {
            router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || allowed(origin) || sameOrigin(request, origin)) {
            context.next();
            return;
        }
        if (request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            writer.answer(context, Problem.of(ProblemType.FORBIDDEN, "Pages of the origin " + origin
                    + " may not call this service from a browser"), false);
            return;
        }
        request.headers().remove(HttpHeaders.ORIGIN);
        context.next();
    }

    private boolean allowed(String origin) {
        for (String allowed : allowedOrigins.orElse(List.of())) {
            String candidate = allowed.strip();
            if (candidate.equals("*") || candidate.equals(origin)) {
                return true;
            }
            // Quarkus takes /.../ as a regular expression
            if (candidate.length() > 2 && candidate.startsWith("/") && candidate.endsWith("/")
                    && Pattern.matches(candidate.substring(1, candidate.length() - 1), origin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && origin.equals(request.scheme() + "://" + host);
    }
}
