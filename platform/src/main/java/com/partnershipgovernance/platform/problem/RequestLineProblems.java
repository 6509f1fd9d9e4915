package com.partnershipgovernance.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Problems for a request line or headers the platform will not read, answered before any resource runs so that they
 * are problem+json rather than the HTTP server's empty answers: a URI over {@code governance.http.max-uri-length}
 * (414), headers over {@code governance.http.max-header-size} (431), and a path or query whose percent escapes do
 * not decode to valid UTF-8 (400 naming the query parameter, or {@code path}). The server's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code .max-header-size}) are set above these, so these
 * answer first. What the server refuses before any handler runs still gets its own empty answer: a request line or
 * headers beyond its limits, a URI that is not one ({@code %zz}, which Quarkus checks with {@code java.net.URI}
 * unless the JVM runs with {@code -Dvertx.disableURIValidation=true}), and a header Netty finds invalid (a NUL).
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
