package com.partnershipgovernance.partner.site.domain;

import com.partnershipgovernance.partner.scope.PartnerRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A GMP certificate of a site: who issued it, its number, validity and scope. */
@Entity
@Table(name = "gmp_certificate")
@Audited
public class GmpCertificate extends PartnerRecord {

    @Column(name = "site_id", nullable = false)
    private UUID siteId;

    @Column(name = "issuing_authority", nullable = false)
    private String issuingAuthority;

    @Column(name = "certificate_number", nullable = false)
    private String certificateNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(nullable = false)
    private String scope;

    /** When {@code partner.certification-expiring} was published for it: it is announced once. */
    @NotAudited
    @Column(name = "expiry_announced_at")
    private Instant expiryAnnouncedAt;

    protected GmpCertificate() {
    }

    public GmpCertificate(Site site, String issuingAuthority, String certificateNumber, LocalDate issuedOn,
                          LocalDate expiresOn, String scope) {
        super(site.partnerId());
        if (!expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("expiresOn must be after issuedOn");
        }
        this.siteId = site.id();
        this.issuingAuthority = issuingAuthority.strip();
        this.certificateNumber = certificateNumber.strip();
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.scope = scope.strip();
    }

    /**
     * Corrects the certificate. A changed expiry date is announced afresh when it enters the window:
     * the earlier announcement was about another date.
     */
    public void correct(String issuingAuthority, String certificateNumber, LocalDate issuedOn, LocalDate expiresOn,
                        String scope) {
        if (!expiresOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("expiresOn must be after issuedOn");
        }
        if (!expiresOn.equals(this.expiresOn)) {
            expiryAnnouncedAt = null;
        }
        this.issuingAuthority = issuingAuthority.strip();
        this.certificateNumber = certificateNumber.strip();
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.scope = scope.strip();
    }

    /** Whether it expires within {@code windowDays} of {@code today} (or has expired). */
    public boolean expiresWithin(LocalDate today, int windowDays) {
        return !expiresOn.isAfter(today.plusDays(windowDays));
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, expiresOn);
    }

    /** Records the expiry announcement; false if it was announced before. */
    public boolean announceExpiry(Instant now) {
        if (expiryAnnouncedAt != null) {
            return false;
        }
        expiryAnnouncedAt = now;
        return true;
    }

    public UUID siteId() {
        return siteId;
    }

    public String issuingAuthority() {
        return issuingAuthority;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String scope() {
        return scope;
    }

    public Instant expiryAnnouncedAt() {
        return expiryAnnouncedAt;
    }
}
