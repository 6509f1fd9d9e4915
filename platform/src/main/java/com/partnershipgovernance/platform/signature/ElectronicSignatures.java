package com.partnershipgovernance.platform.signature;

import com.partnershipgovernance.platform.config.PlatformConfig;
import com.partnershipgovernance.platform.problem.SignatureRefusedException;
import com.partnershipgovernance.platform.security.Caller;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Applies electronic signatures: only a signer holding an owning role, who re-authenticated within
 * {@code governance.signature.max-auth-age} (the {@code auth_time} claim), may sign; the signature pins
 * the record's version and the SHA-256 of its canonical content.
 */
@ApplicationScoped
public class ElectronicSignatures {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PlatformConfig config;

    /**
     * Signs {@code signedContent} (the record's content that the signature covers) at {@code version}.
     *
     * @throws SignatureRefusedException when the token is not fresh enough (401)
     * @throws ForbiddenException        when the signer holds none of {@code owningRoles} (403)
     */
    public ElectronicSignature sign(Object signedContent, long version, SignatureMeaning meaning,
                                    Set<String> owningRoles) {
        if (meaning == null) {
            throw new IllegalArgumentException("A signature needs a meaning");
        }
        Instant now = clock.instant();
        Instant authenticated = caller.authTime().orElseThrow(() -> new SignatureRefusedException(
                "The token carries no auth_time: re-authenticate to sign"));
        Duration maxAge = config.signature().maxAuthAge();
        if (authenticated.isBefore(now.minus(maxAge)) || authenticated.isAfter(now.plusSeconds(60))) {
            throw new SignatureRefusedException("Signing needs a fresh authentication: re-authenticate (within "
                    + maxAge.toMinutes() + " minutes) and sign again");
        }
        if (!caller.hasAnyRole(owningRoles)) {
            throw new ForbiddenException("Signing this record needs one of the roles " + owningRoles);
        }
        return new ElectronicSignature(caller.subject(), caller.name(), now, meaning, version,
                CanonicalJson.sha256(signedContent));
    }

    /** The signature as shown with its record, telling whether {@code currentContent} still matches it. */
    public static SignatureView view(ElectronicSignature signature, Object currentContent) {
        if (signature == null || signature.signerId() == null) {
            return null;
        }
        return new SignatureView(signature.signerId(), signature.signerName(), signature.signedAt(),
                signature.meaning(), signature.recordVersion(), signature.recordSha256(),
                signature.recordSha256().equals(CanonicalJson.sha256(currentContent)));
    }
}
