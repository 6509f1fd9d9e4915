package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.platform.scope.PartnerScope;
import org.hibernate.annotations.Filter;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementVersion;
import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import com.partnershipgovernance.agreement.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One numbered version of a master services agreement with its legal and financial terms. */
@Entity
@Filter(name = PartnerScope.FILTER, condition = "(:unconfined or msa_id in "
        + "(select p.id from msa p where p.partner_id = :partnerId))")
@Table(name = "msa_version")
@Audited
public class MsaVersion extends AgreementVersion<MsaTerms> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "msa_id", nullable = false, updatable = false)
    private MasterServicesAgreement msa;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<DocumentReference> documents;

    protected MsaVersion() {
    }

    MsaVersion(MasterServicesAgreement msa, int number, MsaTerms terms, String amendmentReason, Instant now) {
        super(number, amendmentReason, now);
        this.msa = msa;
        replaceTerms(terms);
    }

    @Override
    protected void applyTerms(MsaTerms terms) {
        effectiveOn = terms.effectiveOn();
        expiresOn = terms.expiresOn();
        governingLaw = terms.governingLaw();
        paymentDays = terms.paymentTerms().days();
        paymentCurrency = terms.paymentTerms().currency();
        liabilityCapAmount = terms.liabilityCap() == null ? null : terms.liabilityCap().amount();
        liabilityCapCurrency = terms.liabilityCap() == null ? null : terms.liabilityCap().currency();
        documents = terms.documents();
    }

    @Override
    public MsaTerms terms() {
        return new MsaTerms(title(), effectiveOn, expiresOn, governingLaw,
                new PaymentTerms(paymentDays, paymentCurrency),
                liabilityCapAmount == null ? null : new Money(liabilityCapAmount, liabilityCapCurrency),
                agreedReviewOn(), documents);
    }

    @Override
    public MasterServicesAgreement agreement() {
        return msa;
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
