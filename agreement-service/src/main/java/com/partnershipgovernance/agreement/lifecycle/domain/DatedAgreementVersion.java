package com.partnershipgovernance.agreement.lifecycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of an agreement made directly with a partner (an MSA, a quality agreement): it takes effect on a date
 * and, unless it is evergreen, expires on another.
 *
 * @param <T> the terms of this kind of agreement
 */
@MappedSuperclass
@Audited
public abstract class DatedAgreementVersion<T extends AgreementTerms> extends AgreementVersion<T> {

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected DatedAgreementVersion() {
    }

    protected DatedAgreementVersion(int number, String amendmentReason, Instant now) {
        super(number, amendmentReason, now);
    }

    /** Keeps the dates of the terms; each kind calls it when it keeps its terms. */
    protected void dated(LocalDate effectiveOn, LocalDate expiresOn) {
        this.effectiveOn = effectiveOn;
        this.expiresOn = expiresOn;
    }

    @Override
    public LocalDate startsOn() {
        return effectiveOn;
    }

    @Override
    public LocalDate endsOn() {
        return expiresOn;
    }
}
