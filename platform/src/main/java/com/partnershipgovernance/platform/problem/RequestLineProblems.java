package com.partnershipgovernance.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Problems for a request line or headers the platform will not read, answered before any resource runs so that they
 * are problem+json rather than the HTTP server's empty answers: a URI over {@code governance.http.max-uri-length}
 * (414), headers over {@code governance.http.max-header-size} (431), and a path or query that is not a URI's or
 * whose percent escapes are not {@code %XX} of valid UTF-8 (400 naming the query parameter, or {@code path}).
 * The server's own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code .max-header-size}) are set
 * above these, so these answer first. Quarkus checks the URI too, answering an empty 400, unless the JVM runs with
 * {@code -Dvertx.disableURIValidation=true}, as {@code deploy/run}, the Kubernetes manifests and the tests run it;
 * this check replaces it. A header Netty finds invalid (a NUL in it) still gets Netty's empty 400.
 */
@ApplicationScoped
public class RequestLineProblems {

    @Inject
    ProblemWriter writer;

    @ConfigProperty(name = "governance.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "governance.http.max-header-size", defaultValue = "32K")
    MemorySize maxHeaderSize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            writer.answer(context, Problem.of(ProblemType.URI_TOO_LONG, "The URI has " + uri.length()
                    + " characters; this service reads at most " + maxUriLength), true);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderSize.asLongValue()) {
            writer.answer(context, Problem.of(ProblemType.HEADERS_TOO_LARGE, "The request headers have "
                    + headerBytes + " bytes; this service reads at most " + maxHeaderSize.asLongValue()), true);
            return;
        }
        String path = request.path();
        if (!isUri(uri)) {
            String query = request.query();
            String field = query != null && !isUri("/?" + query) ? firstUnreadableParameter(query) : "path";
            refuse(context, field, "is not valid in a URI; percent-encode it (%XX of UTF-8)");
            return;
        }
        if (path != null && !decodable(path)) {
            refuse(context, "path", "has a percent escape that is not %XX of valid UTF-8");
            return;
        }
        String query = request.query();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (!decodable(pair.replace('+', ' '))) {
                    String field = decodable(name) ? decode(name) : "query";
                    refuse(context, field, "has a percent escape that is not %XX of valid UTF-8");
                    return;
                }
            }
        }
        context.next();
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The name of the first query parameter that is not valid in a URI, or {@code query} if its name is not. */
    private static String firstUnreadableParameter(String query) {
        for (String pair : query.split("&")) {
            if (!isUri("/?" + pair)) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                return isUri("/?" + name) && decodable(name) ? decode(name) : "query";
            }
        }
        return "query";
    }

    private void refuse(RoutingContext context, String field, String message) {
        writer.answer(context, Problem.of(ProblemType.BAD_REQUEST, field + " " + message,
                List.of(new Problem.FieldError(field, message))), false);
    }

    /** Whether every {@code %} in {@code text} starts an escape and the escapes decode to valid UTF-8. */
    static boolean decodable(String text) {
        try {
            decodeStrictly(text);
            return true;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(String text) {
        try {
            return decodeStrictly(text);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String decodeStrictly(String text) throws CharacterCodingException {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("not an escape");
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }
}
