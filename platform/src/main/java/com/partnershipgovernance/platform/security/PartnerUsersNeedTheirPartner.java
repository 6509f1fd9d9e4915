package com.partnershipgovernance.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * A {@code partner-user} role counts only with the partner it is confined to: a token that claims the role without a
 * valid {@code partner_id} (an identity-provider user whose partner mapping was forgotten) loses it, and with no other
 * role is refused everywhere (403), instead of reading as a partner user of no partner.
 */
@ApplicationScoped
public class PartnerUsersNeedTheirPartner implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        // before AdminHoldsEveryRole (default 0): roles are settled before they are widened
        return 10;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.PARTNER_USER) || hasPartner(identity)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder without = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .setAnonymous(false)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        identity.getRoles().stream().filter(role -> !Roles.PARTNER_USER.equals(role)).forEach(without::addRole);
        return Uni.createFrom().item(without.build());
    }

    private static boolean hasPartner(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return false;
        }
        Object claim = jwt.getClaim("partner_id");
        if (claim == null) {
            return false;
        }
        try {
            UUID.fromString(claim.toString().replace("\"", ""));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
