package com.partnershipgovernance.platform.problem;

import java.net.URI;

/** The kinds of problem the services answer with; the {@code type} URI names the kind. */
public enum ProblemType {
    VALIDATION(400, "Invalid request", "validation"),
    MALFORMED_REQUEST(400, "Malformed request body", "malformed-request"),
    BAD_REQUEST(400, "Bad request", "bad-request"),
    UNAUTHENTICATED(401, "Authentication required", "unauthenticated"),
    SIGNATURE_REFUSED(401, "Electronic signature refused", "signature-refused"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Not found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable", "not-acceptable"),
    ILLEGAL_TRANSITION(409, "Illegal state transition", "illegal-transition"),
    CONFLICT(409, "Conflict", "conflict"),
    PRECONDITION_FAILED(412, "Precondition failed", "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    BUSINESS_RULE(422, "Business rule violated", "business-rule"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key reused with a different request", "idempotency-key-reused"),
    URI_TOO_LONG(414, "URI too long", "uri-too-long"),
    PRECONDITION_REQUIRED(428, "Precondition required", "precondition-required"),
    HEADERS_TOO_LARGE(431, "Request header fields too large", "headers-too-large"),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "service-unavailable"),
    INTERNAL(500, "Internal error", "internal");

    private static final String BASE = "https://partnershipgovernance.com/problems/";

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }
}
