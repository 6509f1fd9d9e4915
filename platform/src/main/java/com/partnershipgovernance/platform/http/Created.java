package com.partnershipgovernance.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/**
 * The answer to a create: 201, the new record's URL in {@code Location}, its version in {@code ETag}
 * and the record as body. The tag is set here rather than by {@link VersionETag} because
 * {@link IdempotentCreate} stores this answer, headers included, before response filters run.
 */
public final class Created {

    private Created() {
    }

    /** A record created in the collection the request was sent to: {@code Location} is that URL plus its id. */
    public static Response in(UriInfo uri, UUID id, Versioned view) {
        return at(uri.getAbsolutePathBuilder(), id, view);
    }

    /** A record created elsewhere than the request's URL: {@code Location} is {@code collection} plus its id. */
    public static Response at(UriBuilder collection, UUID id, Versioned view) {
        return at(collection, id.toString(), view);
    }

    /** A record its URL names by a key of its own (a KPI definition by its code) rather than by an id. */
    public static Response at(UriBuilder collection, String key, Versioned view) {
        return Response.created(collection.path(key).build())
                .tag(Preconditions.etag(view.version())).entity(view).build();
    }
}
