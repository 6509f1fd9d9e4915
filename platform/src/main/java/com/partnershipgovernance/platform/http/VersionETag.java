package com.partnershipgovernance.platform.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful answer whose body is a {@link Versioned} record its {@code ETag}, so that
 * the rule "a record's ETag is its version" is kept in one place and no resource can forget it.
 */
public class VersionETag {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned record
                && response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, Preconditions.etag(record.version()));
        }
    }
}
