package com.partnershipgovernance.agreement.msa.domain;

import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.platform.problem.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one version of a master services agreement says: the legal and financial framework with the partner.
 * An evergreen agreement has no expiry date; one with an expiry date ends after it.
 */
public record MsaTerms(String title, LocalDate effectiveOn, LocalDate expiresOn, String governingLaw,
                       PaymentTerms paymentTerms, Money liabilityCap, LocalDate reviewOn,
                       List<DocumentReference> documents) {

    public MsaTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(governingLaw, "governingLaw");
        Objects.requireNonNull(paymentTerms, "paymentTerms");
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new ValidationException("expiresOn", "must be after effectiveOn (" + effectiveOn + ")");
        }
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * The terms field by field, as compared between versions: dates as ISO text, money amounts as plain
     * decimal text, so that {@code 100.0} and {@code 100.00} compare as written.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("effectiveOn", text(effectiveOn));
        fields.put("expiresOn", text(expiresOn));
        fields.put("governingLaw", governingLaw);
        fields.put("paymentTerms.days", paymentTerms.days());
        fields.put("paymentTerms.currency", paymentTerms.currency());
        fields.put("liabilityCap.amount", liabilityCap == null ? null : liabilityCap.amountText());
        fields.put("liabilityCap.currency", liabilityCap == null ? null : liabilityCap.currency());
        fields.put("reviewOn", text(reviewOn));
        fields.put("documents", documents);
        return fields;
    }

    /** What changed from these terms to {@code later}, field by field, in the order of {@link #fields()}. */
    public List<TermChange> changesTo(MsaTerms later) {
        Map<String, Object> before = fields();
        Map<String, Object> after = later.fields();
        List<TermChange> changes = new ArrayList<>();
        before.forEach((field, from) -> {
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new TermChange(field, from, to));
            }
        });
        return changes;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** One field that differs between two versions. */
    public record TermChange(String field, Object from, Object to) {
    }
}
