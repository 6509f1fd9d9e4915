package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import com.partnershipgovernance.agreement.shared.domain.DocumentReferencesConverter;
import com.partnershipgovernance.agreement.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One numbered version of a master services agreement: version 1 is the original, each amendment adds the
 * next number. Every version keeps its terms and its own status for ever, so earlier versions stay readable
 * and comparable. Only the agreement ({@link MasterServicesAgreement}) changes it.
 */
@Entity
@Table(name = "msa_version")
@Audited
public class MsaVersion {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "msa_id", nullable = false, updatable = false)
    private MasterServicesAgreement msa;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(nullable = false)
    private String title;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "governing_law", nullable = false)
    private String governingLaw;

    @Column(name = "payment_days", nullable = false)
    private int paymentDays;

    @Column(name = "payment_currency", nullable = false)
    private String paymentCurrency;

    @Column(name = "liability_cap_amount")
    private BigDecimal liabilityCapAmount;

    @Column(name = "liability_cap_currency")
    private String liabilityCapCurrency;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Convert(converter = DocumentReferencesConverter.class)
    @Column(nullable = false)
    private List<DocumentReference> documents;

    @Column(name = "amendment_reason")
    private String amendmentReason;

    // once a version was put into review, its edits need a reason in the audit trail
    @Column(name = "was_reviewed", nullable = false)
    private boolean wasReviewed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MsaVersion() {
    }

    MsaVersion(MasterServicesAgreement msa, int number, MsaTerms terms, String amendmentReason, Instant now) {
        this.id = UUID.randomUUID();
        this.msa = msa;
        this.number = number;
        this.status = AgreementStatus.DRAFT;
        this.amendmentReason = amendmentReason;
        this.createdAt = now;
        this.wasReviewed = number > 1;
        replaceTerms(terms);
    }

    void replaceTerms(MsaTerms terms) {
        title = terms.title();
        effectiveOn = terms.effectiveOn();
        expiresOn = terms.expiresOn();
        governingLaw = terms.governingLaw();
        paymentDays = terms.paymentTerms().days();
        paymentCurrency = terms.paymentTerms().currency();
        liabilityCapAmount = terms.liabilityCap() == null ? null : terms.liabilityCap().amount();
        liabilityCapCurrency = terms.liabilityCap() == null ? null : terms.liabilityCap().currency();
        reviewOn = terms.reviewOn();
        documents = terms.documents();
    }

    void moveTo(AgreementStatus to) {
        if (to == AgreementStatus.IN_REVIEW) {
            wasReviewed = true;
        }
        status = to;
    }

    public MsaTerms terms() {
        return new MsaTerms(title, effectiveOn, expiresOn, governingLaw, new PaymentTerms(paymentDays, paymentCurrency),
                liabilityCapAmount == null ? null : new Money(liabilityCapAmount, liabilityCapCurrency), reviewOn,
                documents);
    }

    /** Edits of this version need a reason: it was in review before, or it amends an executed agreement. */
    public boolean needsReasonForEdits() {
        return wasReviewed;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public AgreementStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public String amendmentReason() {
        return amendmentReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public MasterServicesAgreement msa() {
        return msa;
    }
}
