package com.partnershipgovernance.platform.testing.sweep;

import java.util.Map;

/**
 * One hostile request: what was mutated ({@code field} is the JSON path or parameter at fault, or
 * {@code null} when the whole request is), and the request to send.
 *
 * @param contentType  the {@code Content-Type} to send, or {@code null} for none
 * @param body         the raw body, or {@code null} for none
 * @param chunked      whether to send the body without a {@code Content-Length}
 */
public record Probe(MutationKind kind, String operation, String field, String method, String path,
                    Map<String, String> headers, String contentType, byte[] body, boolean chunked) {

    /** A short line naming the probe in a report. */
    public String describe() {
        String what = field != null ? " [" + field + "]"
                : kind == MutationKind.WRONG_CONTENT_TYPE ? " [Content-Type " + contentType + "]" : "";
        return kind + " " + operation + what;
    }
}
