package com.partnershipgovernance.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

/**
 * Problems for failures the HTTP layer answers before any resource runs, so that every 4xx is
 * problem+json: a body over {@code quarkus.http.limits.max-body-size} (declared, or found while reading
 * a chunked body, which Quarkus REST would refuse with an empty 413), and a body without a
 * {@code Content-Type} or in a charset that does not exist (which would otherwise be read as JSON).
 */
@ApplicationScoped
public class HttpLayerProblems {

    @Inject
    ProblemWriter writer;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            HttpServerRequest request = context.request();
            String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean chunked = declared == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            if (declared != null && isLarger(declared)) {
                answer(context, tooLarge());
            } else if ((chunked || isPositive(declared)) && !readableContentType(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
                answer(context, Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Send the body with Content-Type application/json (UTF-8)"));
            } else if (chunked) {
                readWithinLimit(context);
            } else {
                context.next();
            }
        });
    }

    /** Reads a chunked body up to the limit; Quarkus REST then takes it from the routing context. */
    private void readWithinLimit(RoutingContext context) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        context.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodySize.asLongValue()) {
                refused[0] = true;
                answer(context, tooLarge());
            } else {
                body.appendBuffer(chunk);
            }
        });
        context.request().endHandler(end -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
    }

    private Problem tooLarge() {
        return Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + maxBodySize.asLongValue() + " bytes this service accepts");
    }

    private void answer(RoutingContext context, Problem problem) {
        writer.answer(context, problem, true);
    }

    /** A content type is needed to read a body, and its charset, if named, must exist. */
    private static boolean readableContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String charset = pair[1].strip().replace("\"", "");
                try {
                    return Charset.isSupported(charset);
                } catch (IllegalCharsetNameException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isPositive(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.strip()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean isLarger(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
