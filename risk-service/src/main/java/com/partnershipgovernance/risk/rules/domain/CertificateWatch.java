package com.partnershipgovernance.risk.rules.domain;

import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.scope.PartnerScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's GMP certificate that partner-service announced as expiring ({@code partner.certification-expiring}):
 * watched until its expiry date. It is RENEWED when a renewal is recorded (through the API, or by a later
 * expiry date announced for the same certificate) and EXPIRED when the certificate-expiry job finds its
 * expiry date come without one, which raises (or adds evidence to) a PARTNER_COMPLIANCE risk.
 */
@Entity
@Filter(name = PartnerScope.FILTER)
@Table(name = "certificate_watch")
@Audited
public class CertificateWatch {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false)
    private UUID partnerId;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(name = "certificate_id", nullable = false)
    private String certificateId;

    private String authority;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateWatchStatus status;

    @Column(name = "cause_event_id", nullable = false)
    private String causeEventId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "renewal_ref")
    private String renewalRef;

    @Column(name = "renewed_until")
    private LocalDate renewedUntil;

    @Column(name = "renewed_at")
    private Instant renewedAt;

    @Column(name = "renewed_by")
    private String renewedBy;

    @Column(name = "renewal_event_id")
    private String renewalEventId;

    @Column(name = "risk_id")
    private UUID riskId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CertificateWatch() {
    }

    /** Opens the watch of the certificate an event announced; {@code riskId} is the risk it was evidence for, if any. */
    public static CertificateWatch open(CertificateExpiryFacts facts, String causeEventId, UUID evidenceFor,
                                        Instant at) {
        CertificateWatch watch = new CertificateWatch();
        watch.id = UUID.randomUUID();
        watch.partnerId = facts.partnerId();
        watch.siteId = facts.siteId();
        watch.certificateId = facts.certificateId();
        watch.authority = facts.authority();
        watch.expiresOn = facts.expiresOn();
        watch.status = CertificateWatchStatus.WATCHING;
        watch.causeEventId = causeEventId;
        watch.openedAt = at;
        watch.riskId = evidenceFor;
        return watch;
    }

    /**
     * Records a renewal: the new certificate {@code reference} valid until {@code validUntil}, which must be
     * later than the watched expiry date (checked by the caller, which names the field).
     *
     * @throws IllegalTransitionException unless the certificate is still watched
     */
    public void renew(String reference, LocalDate validUntil, String by, String eventId, Instant at) {
        if (status != CertificateWatchStatus.WATCHING) {
            throw new IllegalTransitionException("The certificate watch is " + status
                    + ": a renewal is recorded only while the certificate is watched");
        }
        status = CertificateWatchStatus.RENEWED;
        renewalRef = reference;
        renewedUntil = validUntil;
        renewedBy = by;
        renewalEventId = eventId;
        renewedAt = at;
        closedAt = at;
    }

    /**
     * partner-service announced the same certificate again with the later expiry date {@code later}: it counts as
     * renewed until then, so the watch moves to that date and keeps watching it.
     */
    public void extend(LocalDate later, String eventId, Instant at) {
        if (status != CertificateWatchStatus.WATCHING || !later.isAfter(expiresOn)) {
            throw new IllegalTransitionException("The certificate watch is " + status + " until " + expiresOn
                    + ": it is extended only while watched, and only to a later date");
        }
        expiresOn = later;
        renewedUntil = later;
        renewalEventId = eventId;
        renewedBy = "partner-service";
        renewedAt = at;
    }

    /** The expiry date came without a renewal: the risk raised (or given the evidence) is {@code riskId}. */
    public void expire(UUID riskId, Instant at) {
        if (status != CertificateWatchStatus.WATCHING) {
            throw new IllegalTransitionException("The certificate watch is " + status + ", not WATCHING");
        }
        status = CertificateWatchStatus.EXPIRED;
        this.riskId = riskId;
        closedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID partnerId() {
        return partnerId;
    }

    public UUID siteId() {
        return siteId;
    }

    public String certificateId() {
        return certificateId;
    }

    public String authority() {
        return authority;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public CertificateWatchStatus status() {
        return status;
    }

    public String causeEventId() {
        return causeEventId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String renewalRef() {
        return renewalRef;
    }

    public LocalDate renewedUntil() {
        return renewedUntil;
    }

    public Instant renewedAt() {
        return renewedAt;
    }

    public String renewedBy() {
        return renewedBy;
    }

    public String renewalEventId() {
        return renewalEventId;
    }

    public UUID riskId() {
        return riskId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
