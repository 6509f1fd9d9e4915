package com.partnershipgovernance.partner.site;

import com.partnershipgovernance.partner.site.domain.GmpCertificate;
import com.partnershipgovernance.partner.site.domain.GmpCertificateRepository;
import com.partnershipgovernance.partner.site.events.CertificationExpiring;
import com.partnershipgovernance.platform.jobs.ClusterJobLock;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Announces each GMP certificate entering the expiry window once, as {@code partner.certification-expiring};
 * one replica at a time runs it.
 */
@ApplicationScoped
public class CertificateExpiryWatch {

    static final String TOPIC = "partner.events.v1";
    static final String TYPE = "partner.certification-expiring";

    @Inject
    GmpCertificateRepository certificates;

    @Inject
    EventOutbox outbox;

    @Inject
    ClusterJobLock lock;

    @Inject
    Clock clock;

    @ConfigProperty(name = "partner.certificates.expiry-window-days", defaultValue = "90")
    int windowDays;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        announceExpiring();
    }

    /** Announces the certificates that entered the window since the last run; returns how many. */
    public int announceExpiring() {
        AtomicInteger announced = new AtomicInteger();
        lock.runExclusively("certificate-expiry", () -> {
            LocalDate today = LocalDate.now(clock);
            for (GmpCertificate certificate : certificates.unannouncedExpiringBy(today.plusDays(windowDays))) {
                if (certificate.announceExpiry(clock.instant())) {
                    outbox.publish(TOPIC, TYPE, "Partner", certificate.partnerId(),
                            CertificationExpiring.of(certificate, today));
                    announced.incrementAndGet();
                }
            }
        });
        return announced.get();
    }

    public int windowDays() {
        return windowDays;
    }
}
