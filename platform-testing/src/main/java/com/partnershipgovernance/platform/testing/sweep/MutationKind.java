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
    HUGE_BODY(false),
    /** A JSON body that names one property twice. */
    DUPLICATE_KEY(false),
    /** A NUL character in a body string, a path id or a query parameter. */
    NUL_CHARACTER(false),
    /** A lone UTF-16 surrogate in a body string. */
    LONE_SURROGATE(false),
    /** A scalar of another JSON type that Jackson would coerce: a number for text or a date, text for a number. */
    COERCED_SCALAR(false),
    /** A date PostgreSQL or the rules cannot hold: year 0, or years in the millions, in the body or a query. */
    EXTREME_DATE(false),
    /** The largest page number an int holds. */
    EXTREME_PAGE(false),
    /** {@code If-Match: *}, which names no version. */
    IF_MATCH_ANY(false),
    /** A free-text filter of {@code %}, which must match the character, not everything. */
    LIKE_WILDCARD(false);

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
