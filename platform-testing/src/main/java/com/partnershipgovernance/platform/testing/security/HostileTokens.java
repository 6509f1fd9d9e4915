package com.partnershipgovernance.platform.testing.security;

import com.partnershipgovernance.platform.testing.LocalTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens a service must refuse with 401: expired, signed by a key it does not trust, unsigned
 * ({@code alg=none}), and a genuine token whose payload was altered after signing. Each one carries
 * the admin role, so a service that accepted it would answer as if to an administrator.
 */
public final class HostileTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private final LocalTokens trusted;
    private final LocalTokens stranger = LocalTokens.generate();

    public HostileTokens(LocalTokens trusted) {
        this.trusted = trusted;
    }

    /** Every hostile token by what is wrong with it. */
    public Map<String, String> all() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", expired());
        tokens.put("signed by another key", signedByAnotherKey());
        tokens.put("alg=none", unsigned());
        tokens.put("tampered payload", tampered());
        return tokens;
    }

    /** Signed by the trusted key, expired an hour ago (well beyond any clock skew allowance). */
    public String expired() {
        return trusted.token("mallory").roles("admin").issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .validFor(Duration.ofHours(1)).sign();
    }

    /** Well formed and current, but signed by a key pair the service has never seen. */
    public String signedByAnotherKey() {
        return stranger.token("mallory").roles("admin").sign();
    }

    /** A trusted token's claims under the header {@code {"alg":"none"}} and without a signature. */
    public String unsigned() {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(adminClaimsOfAViewerToken()[1]) + ".";
    }

    /** A trusted viewer token whose payload was rewritten to claim the admin role, keeping the original signature. */
    public String tampered() {
        String[] parts = adminClaimsOfAViewerToken();
        return parts[0] + "." + encode(parts[1]) + "." + parts[2];
    }

    /** A genuine viewer token split in header, payload (decoded, role rewritten to admin) and signature. */
    private String[] adminClaimsOfAViewerToken() {
        String[] parts = trusted.token("mallory").roles("viewer").sign().split("\\.");
        String payload = new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8);
        if (!payload.contains("\"viewer\"")) {
            throw new IllegalStateException("Unexpected claims: " + payload);
        }
        return new String[] {parts[0], payload.replace("\"viewer\"", "\"admin\""), parts[2]};
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
