package com.partnershipgovernance.risk.rules.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What {@link CertificateExpiryPolicy} reads of an expiring certificate.
 *
 * @param daysLeft          days to expiry when partner-service announced it (null on the expiry job's firing)
 * @param watchedExpiresOn  the expiry date of the certificate's existing watch, if it is watched already
 * @param watchStatus       the status of that watch (null when not watched)
 */
public record CertificateExpiryFacts(UUID partnerId, UUID siteId, String certificateId, String authority,
                                     LocalDate expiresOn, Integer daysLeft, LocalDate watchedExpiresOn,
                                     CertificateWatchStatus watchStatus) {

    /** What identifies the certificate: partner and certificate id. */
    public String subjectRef() {
        return partnerId + ":" + certificateId;
    }

    public CertificateExpiryFacts withWatch(LocalDate watchedExpiresOn, CertificateWatchStatus watchStatus) {
        return new CertificateExpiryFacts(partnerId, siteId, certificateId, authority, expiresOn, daysLeft,
                watchedExpiresOn, watchStatus);
    }

    /** The facts of a watched certificate whose expiry date has come. */
    public static CertificateExpiryFacts ofWatch(CertificateWatch watch) {
        return new CertificateExpiryFacts(watch.partnerId(), watch.siteId(), watch.certificateId(),
                watch.authority(), watch.expiresOn(), null, watch.expiresOn(), watch.status());
    }

    /** Whether this announcement moves an existing watch's expiry date later: the certificate was renewed. */
    public boolean renewsWatch() {
        return watchedExpiresOn != null && watchStatus == CertificateWatchStatus.WATCHING
                && expiresOn.isAfter(watchedExpiresOn);
    }
}
