package com.partnershipgovernance.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the shared plumbing, under {@code governance.*}. */
@ConfigMapping(prefix = "governance")
public interface PlatformConfig {

    Events events();

    Outbox outbox();

    Consumer consumer();

    Signature signature();

    /** How this service names itself in events. */
    interface Events {
        /** {@code ce_source}; defaults to {@code /<quarkus.application.name>}. */
        Optional<String> source();
    }

    /** The transactional outbox relay. */
    interface Outbox {
        /** Whether this replica runs a relay (only one relay of a service publishes at a time anyway). */
        @WithDefault("true")
        boolean relayEnabled();

        /** Rows published per database transaction. */
        @WithDefault("200")
        int batchSize();

        /** Fallback poll when no commit woke the relay (other replicas' commits, missed wake-ups). */
        @WithDefault("2s")
        Duration pollInterval();

        /** Longest wait between attempts while Kafka is unreachable. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** How long the broker may take to acknowledge a batch before the relay retries it. */
        @WithDefault("20s")
        Duration deliveryTimeout();

        /** Published rows older than this are purged. */
        @WithDefault("P14D")
        Duration retention();
    }

    /** Idempotent consumption of other services' events. */
    interface Consumer {
        /** Attempts for an event whose processing fails for a reason other than the database being unreachable. */
        @WithDefault("5")
        int maxAttempts();

        /** Longest wait between attempts. */
        @WithDefault("5s")
        Duration maxBackoff();
    }

    /** Electronic signatures (21 CFR Part 11 §11.50, §11.70). */
    interface Signature {
        /** How recent the signer's authentication ({@code auth_time}) must be. */
        @WithDefault("5m")
        Duration maxAuthAge();
    }
}
