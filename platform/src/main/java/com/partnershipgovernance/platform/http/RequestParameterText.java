package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.json.TextValues;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Path and query parameters are text like any other: a NUL character or invalid Unicode in one (which PostgreSQL
 * cannot compare, and no person types) is a 400 naming the parameter, before any resource or query sees it.
 */
public class RequestParameterText {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        refuse(uri.getPathParameters());
        refuse(uri.getQueryParameters());
    }

    private static void refuse(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String refusal = value == null ? null : TextValues.refusal(value);
                if (refusal != null) {
                    throw new ValidationException(parameter.getKey(), refusal);
                }
            }
        }
    }
}
