package com.partnershipgovernance.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The bearer-token verifier of every service: smallrye-jwt's, remembering each token it accepted until the
 * token expires. A portal session or an ERP integration sends the same token on every request; checking its
 * RSA signature each time was a fifth of a request's CPU. The key is the whole compact token, so a token that
 * differs in any character (another signature, a tampered payload, {@code alg=none}) is verified afresh, and a
 * remembered token past its {@code exp} (or past {@code mp.jwt.verify.token.age}, when set) is never used.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser verifier;
    private final Optional<Long> maxTokenAgeSeconds;
    private final Cache<String, JsonWebToken> accepted;

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier,
                          @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxTokenAgeSeconds,
                          @ConfigProperty(name = "governance.security.verified-tokens", defaultValue = "10000")
                          long capacity) {
        this.verifier = verifier;
        this.maxTokenAgeSeconds = maxTokenAgeSeconds;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> untilUnusable(jwt)))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = accepted.getIfPresent(token);
        if (known != null && !untilUnusable(known).isZero()) {
            return known;
        }
        JsonWebToken verified = verifier.parse(token);
        accepted.put(token, verified);
        return verified;
    }

    /** How long {@code jwt} may still be used: until its expiry, or its maximum age if one is configured. */
    private Duration untilUnusable(JsonWebToken jwt) {
        Instant end = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (maxTokenAgeSeconds.isPresent()) {
            Instant aged = Instant.ofEpochSecond(jwt.getIssuedAtTime()).plusSeconds(maxTokenAgeSeconds.get());
            end = aged.isBefore(end) ? aged : end;
        }
        // the wall clock, as the verifier's own expiry check (not the rules' clock, which tests may fix)
        Duration left = Duration.between(Instant.now(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
