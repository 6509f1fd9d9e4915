package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.platform.testing.LocalTokens;

import java.time.Duration;

/**
 * A demo user of one function, with a token minted by the local key. Tokens are minted when the seed
 * starts, so their {@code auth_time} is fresh enough for electronic signatures.
 */
record Persona(String subject, String name, String role, String token) {

    private static final Duration VALIDITY = Duration.ofHours(1);

    static Persona of(LocalTokens tokens, String subject, String name, String role) {
        return new Persona(subject, name, role,
                tokens.token(subject).name(name).roles(role).validFor(VALIDITY).sign());
    }
}
