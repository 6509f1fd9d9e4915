package com.partnershipgovernance.platform.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Carries the {@code X-Change-Reason} header of a request into the audit trail. */
public class ChangeReasonFilter {

    @Inject
    RequestReason requestReason;

    @ServerRequestFilter
    public void readReason(ContainerRequestContext request) {
        String header = request.getHeaderString(ChangeContext.REASON_HEADER);
        if (header != null) {
            requestReason.set(ChangeContext.normalise(decode(header)));
        }
    }

    /** Clients may percent-encode non-ASCII reasons; plain text passes unchanged. */
    private static String decode(String header) {
        if (!header.contains("%")) {
            return header;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }
}
