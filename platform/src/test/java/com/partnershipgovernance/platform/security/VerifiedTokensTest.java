package com.partnershipgovernance.platform.security;

import com.partnershipgovernance.platform.testing.LocalTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private final LocalTokens tokens = LocalTokens.generate();
    private final AtomicInteger verifications = new AtomicInteger();
    private DefaultJWTParser verifier;

    @BeforeEach
    void verifierCountingItsWork() throws Exception {
        JWTAuthContextInfo context = new JWTAuthContextInfo(KeyUtils.decodePublicKey(tokens.publicKeyPem()),
                LocalTokens.ISSUER);
        verifier = new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return super.parse(token);
            }
        };
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() throws Exception {
        VerifiedTokens parser = new VerifiedTokens(verifier, Optional.empty(), 100);
        String token = tokens.token("u-quality").roles("quality").sign();

        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);

        assertThat(second.getSubject()).isEqualTo("u-quality");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenDifferingInOneCharacterIsVerifiedAfreshAndRefused() throws Exception {
        VerifiedTokens parser = new VerifiedTokens(verifier, Optional.empty(), 100);
        String token = tokens.token("u-quality").roles("quality").sign();
        parser.parse(token);
        // a character in the middle of the signature (the last one may carry only padding bits)
        int at = token.lastIndexOf('.') + 100;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);

        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenIsNotUsedOnceItExpired() throws Exception {
        VerifiedTokens parser = new VerifiedTokens(verifier, Optional.empty(), 100);
        // exp is in whole seconds: issued so that it expires at the start of the next second but one
        Instant expiry = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 2);
        String token = tokens.token("u-quality").roles("quality").issuedAt(expiry.minusSeconds(600))
                .validFor(Duration.ofSeconds(600)).sign();
        parser.parse(token);

        Thread.sleep(Duration.between(Instant.now(), expiry).toMillis() + 1_100);

        // the verifier's default clock skew is 60 s: it may still accept the token, but it verifies it again
        try {
            parser.parse(token);
        } catch (ParseException refused) {
            // refused by the verifier: also fine
        }
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenOlderThanTheConfiguredMaximumAgeIsVerifiedAgain() throws Exception {
        VerifiedTokens parser = new VerifiedTokens(verifier, Optional.of(300L), 100);
        String token = tokens.token("u-quality").roles("quality").issuedAt(Instant.now().minusSeconds(400))
                .validFor(Duration.ofHours(1)).sign();

        parser.parse(token);
        parser.parse(token);

        assertThat(verifications).hasValue(2);
    }
}
