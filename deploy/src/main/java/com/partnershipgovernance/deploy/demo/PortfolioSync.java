package com.partnershipgovernance.deploy.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Waits for what the services learn from each other through Kafka: agreement-service, kpi-service
 * and risk-service know partners only once partner-service's events reached them, and an agreement is
 * executed only with a partner known there as approved.
 */
final class PortfolioSync {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final DemoClient client;
    private final Persona reader;

    PortfolioSync(DemoClient client, Persona reader) {
        this.client = client;
        this.reader = reader;
    }

    /** Waits until {@code service} knows every partner of {@code statuses} (id to status) in that status. */
    void awaitPartners(URI service, Map<String, String> statuses) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        for (Map.Entry<String, String> partner : statuses.entrySet()) {
            URI uri = service.resolve("/partners/" + partner.getKey());
            while (!partner.getValue().equals(statusAt(uri))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new DemoSeedFailure(service + " did not learn of partner " + partner.getKey() + " as "
                            + partner.getValue() + " within " + TIMEOUT.toSeconds() + " s (is Kafka up?)");
                }
                pause();
            }
        }
    }

    private String statusAt(URI uri) {
        try {
            return client.get(uri, reader).body().path("qualificationStatus").asText();
        } catch (DemoSeedFailure notYet) {
            return null; // 404 until the partner's event arrives
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoSeedFailure("interrupted", e);
        }
    }
}
