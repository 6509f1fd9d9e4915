package com.partnershipgovernance.platform.audit;

import com.partnershipgovernance.platform.json.TextValues;
import com.partnershipgovernance.platform.problem.ValidationException;
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
            String reason = decode(header);
            String refusal = TextValues.refusal(reason);
            if (refusal != null) {
                throw new ValidationException(ChangeContext.REASON_HEADER, refusal);
            }
            if (reason.strip().length() > ChangeContext.MAX_REASON_LENGTH) {
                throw new ValidationException(ChangeContext.REASON_HEADER, "must be at most "
                        + ChangeContext.MAX_REASON_LENGTH + " characters; the audit trail keeps a reason whole");
            }
            requestReason.set(ChangeContext.normalise(reason));
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
