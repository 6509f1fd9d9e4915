package com.partnershipgovernance.platform.http;

/**
 * A representation of one record that carries the record's version. Answered with a 2xx status, its
 * version becomes the answer's {@code ETag} ({@link VersionETag}), which a change sends back in
 * {@code If-Match}; a resource returns the view and writes no header of its own.
 */
public interface Versioned {

    /** The record's version, as its optimistic lock counts it. */
    long version();
}
