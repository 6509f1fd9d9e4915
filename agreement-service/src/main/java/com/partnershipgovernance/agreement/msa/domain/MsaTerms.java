package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import com.partnershipgovernance.agreement.shared.domain.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one version of a master services agreement says: the legal and financial framework with the partner.
 * An evergreen agreement has no expiry date; one with an expiry date ends after it.
 */
public record MsaTerms(String title, LocalDate effectiveOn, LocalDate expiresOn, String governingLaw,
                       PaymentTerms paymentTerms, Money liabilityCap, LocalDate reviewOn,
                       List<DocumentReference> documents) implements AgreementTerms {

    public MsaTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(governingLaw, "governingLaw");
        Objects.requireNonNull(paymentTerms, "paymentTerms");
        AgreementTerms.requireExpiryAfterEffect(effectiveOn, expiresOn);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * The terms field by field, as compared between versions: dates as ISO text, money amounts as plain
     * decimal text, so that {@code 100.0} and {@code 100.00} compare as written.
     */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = AgreementTerms.datedFields(title, effectiveOn, expiresOn);
        fields.put("governingLaw", governingLaw);
        fields.put("paymentTerms.days", paymentTerms.days());
        fields.put("paymentTerms.currency", paymentTerms.currency());
        fields.put("liabilityCap.amount", liabilityCap == null ? null : liabilityCap.amountText());
        fields.put("liabilityCap.currency", liabilityCap == null ? null : liabilityCap.currency());
        fields.put("reviewOn", AgreementTerms.text(reviewOn));
        fields.put("documents", documents);
        return fields;
    }
}
