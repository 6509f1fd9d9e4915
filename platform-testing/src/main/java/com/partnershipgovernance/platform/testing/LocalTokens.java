package com.partnershipgovernance.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Mints signed JWTs for tests and for the local launcher, with the claims of CONVENTIONS.md
 * ({@code sub}, {@code name}, {@code groups}, {@code partner_id}, {@code auth_time}).
 * The RSA key pair is generated once and, for the launcher, kept in a local directory: it is a
 * development key, never one for production (production verifies tokens of a real OIDC issuer).
 */
public final class LocalTokens {

    /** The issuer of locally minted tokens; services verify {@code mp.jwt.verify.issuer} against it. */
    public static final String ISSUER = "https://partnership-governance.local/issuer";

    private final KeyPair keys;

    private LocalTokens(KeyPair keys) {
        this.keys = keys;
    }

    /** A fresh key pair held in memory (tests). */
    public static LocalTokens generate() {
        return new LocalTokens(newKeyPair());
    }

    /** The key pair in {@code directory} ({@code private.pem}, {@code public.pem}), generated on first use. */
    public static LocalTokens inDirectory(Path directory) {
        Path privatePem = directory.resolve("private.pem");
        Path publicPem = directory.resolve("public.pem");
        try {
            if (Files.exists(privatePem) && Files.exists(publicPem)) {
                KeyFactory kf = KeyFactory.getInstance("RSA");
                PrivateKey priv = kf.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePem)));
                PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(readPem(publicPem)));
                return new LocalTokens(new KeyPair(pub, priv));
            }
            Files.createDirectories(directory);
            KeyPair kp = newKeyPair();
            Files.writeString(privatePem, pem("PRIVATE KEY", kp.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", kp.getPublic().getEncoded()));
            privatePem.toFile().setReadable(false, false);
            privatePem.toFile().setReadable(true, true);
            return new LocalTokens(kp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable key pair in " + directory, e);
        }
    }

    /** The public key as PEM, for {@code mp.jwt.verify.publickey}. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    /** Starts a token for {@code subject}; finish it with {@link TokenBuilder#sign()}. */
    public TokenBuilder token(String subject) {
        return new TokenBuilder(subject);
    }

    /** An admin token valid for {@code validity}. */
    public String admin(Duration validity) {
        return token("local-admin").name("Local Administrator").roles("admin").validFor(validity).sign();
    }

    /** Builder of one token. */
    public final class TokenBuilder {
        private final String subject;
        private String name;
        private Set<String> roles = Set.of();
        private UUID partnerId;
        private Instant authTime = Instant.now();
        private Duration validity = Duration.ofHours(1);
        private Instant issuedAt;

        private TokenBuilder(String subject) {
            this.subject = subject;
            this.name = subject;
        }

        public TokenBuilder name(String printedName) {
            this.name = printedName;
            return this;
        }

        public TokenBuilder roles(String... groups) {
            this.roles = Set.of(groups);
            return this;
        }

        /** A token without a {@code groups} claim at all, as an identity provider sends for a user it maps no group to. */
        public TokenBuilder withoutGroups() {
            this.roles = null;
            return this;
        }

        public TokenBuilder partnerId(UUID partner) {
            this.partnerId = partner;
            return this;
        }

        /** When the user last authenticated; a signature needs this to be recent. */
        public TokenBuilder authenticatedAt(Instant at) {
            this.authTime = at;
            return this;
        }

        public TokenBuilder validFor(Duration d) {
            this.validity = d;
            return this;
        }

        /** Issued at {@code at} instead of now (with {@link #validFor}, an already expired token). */
        public TokenBuilder issuedAt(Instant at) {
            this.issuedAt = at;
            return this;
        }

        public String sign() {
            Instant issued = issuedAt != null ? issuedAt : Instant.now();
            JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                    .subject(subject)
                    .upn(subject)
                    .claim("name", name)
                    .claim("auth_time", authTime.getEpochSecond())
                    .issuedAt(issued)
                    .expiresAt(issued.plus(validity));
            if (roles != null) {
                claims.groups(roles);
            }
            if (partnerId != null) {
                claims.claim("partner_id", partnerId.toString());
            }
            return claims.jws().keyId("local").sign(keys.getPrivate());
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }
}
