package com.partnershipgovernance.platform.security;

import java.util.Set;

/** The roles ({@code groups} claim) of CONVENTIONS.md. {@code admin} holds every other role. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String QUALITY = "quality";
    public static final String REGULATORY = "regulatory";
    public static final String LEGAL = "legal";
    public static final String FINANCE = "finance";
    public static final String SUPPLY_CHAIN = "supply-chain";
    public static final String CLINICAL = "clinical";
    public static final String RND = "rnd";
    public static final String STEERING_COMMITTEE = "steering-committee";
    public static final String VIEWER = "viewer";
    public static final String PARTNER_USER = "partner-user";

    /** The functions that score, own records and sign decisions. */
    public static final Set<String> FUNCTIONS = Set.of(QUALITY, REGULATORY, LEGAL, FINANCE, SUPPLY_CHAIN, CLINICAL, RND);

    /** Every role an admin is treated as holding. */
    public static final Set<String> ALL_BUT_PARTNER = Set.of(ADMIN, QUALITY, REGULATORY, LEGAL, FINANCE,
            SUPPLY_CHAIN, CLINICAL, RND, STEERING_COMMITTEE, VIEWER);

    /**
     * Every role that may read: the sponsor's roles and {@code partner-user} (within their partner). A token with none
     * of them (no {@code groups}, an empty one, or only roles the platform does not know) is refused everywhere. The
     * same list is {@code quarkus.security.jaxrs.default-roles-allowed}, so an endpoint without its own
     * {@code @RolesAllowed} is open to these roles only.
     */
    public static final Set<String> READERS = Set.of(ADMIN, QUALITY, REGULATORY, LEGAL, FINANCE, SUPPLY_CHAIN,
            CLINICAL, RND, STEERING_COMMITTEE, VIEWER, PARTNER_USER);

    private Roles() {
    }
}
