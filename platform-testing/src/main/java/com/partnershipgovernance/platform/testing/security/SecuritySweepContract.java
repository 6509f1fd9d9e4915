package com.partnershipgovernance.platform.testing.security;

import com.partnershipgovernance.platform.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The security sweep every service runs over its own OpenAPI document (CONVENTIONS.md "Security and GMP data
 * integrity"): tokens, roles, partner scope and the role table of its writes. A service's {@code @QuarkusTest}
 * subclass says who owns each write and which records of another partner to reach for; its own probes (mass
 * assignment, audit tables) stay beside it.
 */
public abstract class SecuritySweepContract {

    /** Who owns each write: operation key ({@code POST /risks}) to the roles that may call it; admin is implied. */
    protected abstract Map<String, Set<String>> writers();

    /** A partner for the sweep's partner user; it holds none of {@link #recordsOfAnotherPartner()}. */
    protected abstract UUID ownPartner();

    /** Records of another partner, by the collection their ids stand after ({@code risks}, {@code partners}). */
    protected abstract Map<String, String> recordsOfAnotherPartner();

    /** Valid bodies, by operation key, for writes whose refusal only comes after validation. */
    protected Map<String, String> validBodies() {
        return Map.of();
    }

    /** Valid bodies for the writes a partner user may make, so the scope check reaches the foreign record. */
    protected Map<String, String> partnerUserBodies() {
        return validBodies();
    }

    /** A token of a user {@code u-<role>} holding {@code role}. */
    protected static String token(String role) {
        return TestInfrastructure.get().tokens().token("u-" + role).roles(role).sign();
    }

    private static SecuritySweep sweep() {
        return SecuritySweep.of(TestInfrastructure.get().tokens(), Set.of());
    }

    @Test
    void everyOperationRefusesAMissingOrHostileToken() {
        sweep().assertEveryOperationRefusesAbsentAndHostileTokens();
    }

    @Test
    void everyOperationRefusesATokenWithoutARoleThatMayRead() {
        sweep().assertEveryOperationRefusesTokensWithoutAKnownRole();
    }

    @Test
    void aPartnerUserReachesNoRecordOfAnotherPartner() {
        UUID own = ownPartner();
        sweep().assertPartnerUserSeesNothingOfAnotherPartner(own, recordsOfAnotherPartner(), partnerUserBodies());
    }

    @Test
    void everyWriteIsRefusedToTheRolesThatDoNotOwnIt() {
        sweep().assertWritesRefusedToRolesThatDoNotOwnThem(writers(), validBodies());
    }
}
