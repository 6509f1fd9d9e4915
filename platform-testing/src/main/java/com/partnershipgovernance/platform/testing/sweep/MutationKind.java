package com.partnershipgovernance.platform.testing.sweep;

/** The kinds of hostile input the sweep derives from an operation's OpenAPI description. */
public enum MutationKind {
    /** A path id that names no record. */
    UNKNOWN_ID(false),
    /** A path id that cannot be an id at all (not a UUID, path tricks, very long). */
    MALFORMED_ID(false),
    /** A query parameter of the wrong type or outside its allowed values. */
    BAD_QUERY_PARAMETER(false),
    /** A body property of the wrong JSON type. */
    WRONG_TYPE(false),
    /** A required body property left out. */
    MISSING_REQUIRED(false),
    /** A required body property sent as {@code null}. */
    NULL_REQUIRED(false),
    /** A string far longer than any field allows. */
    OVERSIZED_STRING(false),
    /** An array far longer than any field allows. */
    OVERSIZED_ARRAY(false),
    /** An enum property with a value outside the enum. */
    INVALID_ENUM(false),
    /** An id property (format uuid) naming no record; a service may accept ids of records it does not own. */
    UNKNOWN_REFERENCE(true),
    /** The body's dates in reverse order (ends before starts); many date pairs are legitimately unordered. */
    DATES_OUT_OF_ORDER(true),
    /** A body that is not JSON, or JSON of the wrong shape. */
    MALFORMED_JSON(false),
    /** A valid-looking body sent with a content type other than JSON. */
    WRONG_CONTENT_TYPE(false),
    /** A body over the service's size limit. */
    HUGE_BODY(false);

    private final boolean mayBeAccepted;

    MutationKind(boolean mayBeAccepted) {
        this.mayBeAccepted = mayBeAccepted;
    }

    /**
     * Whether a service may rightly accept the mutation (then it is a valid request that changes data,
     * and the database is compared around it rather than across it).
     */
    public boolean mayBeAccepted() {
        return mayBeAccepted;
    }
}
