package com.partnershipgovernance.platform.http;

import com.partnershipgovernance.platform.problem.PreconditionFailedException;
import com.partnershipgovernance.platform.problem.PreconditionRequiredException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a record's {@code ETag} is its version; a change must send it
 * back in {@code If-Match} (428 without it, 412 when someone else changed the record meanwhile).
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The {@code ETag} of a record at {@code version}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code ifMatch} against the record's current version.
     *
     * @throws PreconditionRequiredException when {@code If-Match} is missing or {@code *}, which names no version
     * @throws PreconditionFailedException   when it names another version
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag you read, so that nobody else's change is overwritten");
        }
        for (String candidate : ifMatch.split(",")) {
            if (candidate.strip().equals("*")) {
                // "any version" would let a change overwrite whatever someone else stored meanwhile
                throw new PreconditionRequiredException(
                        "If-Match: * names no version; send the ETag you read, so that nobody else's change is overwritten");
            }
        }
        for (String candidate : ifMatch.split(",")) {
            if (Long.toString(currentVersion).equals(unquote(candidate.strip()))) {
                return;
            }
        }
        throw new PreconditionFailedException("The record was changed by someone else (current ETag \""
                + currentVersion + "\"); read it again and retry");
    }

    private static String unquote(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
