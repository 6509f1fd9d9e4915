package com.partnershipgovernance.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, from the bearer token: user id ({@code sub}), printed name ({@code name}), roles,
 * the partner of a partner user ({@code partner_id}) and when they last authenticated ({@code auth_time}).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        String sub = jwt.getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /** The printed name, as a signature shows it. */
    public String name() {
        String name = jwt.getClaim("name");
        return name != null && !name.isBlank() ? name : subject();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(Set<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    /** A partner user sees only the joint records of their own partnership. */
    public boolean isPartnerUser() {
        return identity.hasRole(Roles.PARTNER_USER) && !identity.hasRole(Roles.ADMIN);
    }

    /** The partner a partner user belongs to. */
    public Optional<UUID> partnerId() {
        Object claim = jwt.getClaim("partner_id");
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** When the user last authenticated, from {@code auth_time}. */
    public Optional<Instant> authTime() {
        Object claim = jwt.getClaim("auth_time");
        if (claim instanceof Number n) {
            return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        if (claim != null) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(claim.toString())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
