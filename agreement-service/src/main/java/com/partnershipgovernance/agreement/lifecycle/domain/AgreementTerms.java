package com.partnershipgovernance.agreement.lifecycle.domain;

import com.partnershipgovernance.platform.problem.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one version of an agreement says, whatever its kind: every kind has a title and a review date, and
 * shows its terms field by field to be compared between versions and signed.
 */
public interface AgreementTerms {

    String title();

    LocalDate reviewOn();

    /** The terms field by field: dates as ISO text, money amounts as plain decimal text. */
    Map<String, Object> fields();

    /**
     * The rule of an agreement with an effective and an optional expiry date (an MSA, a quality agreement): it
     * ends after it takes effect, if it ends at all.
     *
     * @throws ValidationException (400) naming {@code expiresOn} when it is not after {@code effectiveOn}
     */
    static void requireExpiryAfterEffect(LocalDate effectiveOn, LocalDate expiresOn) {
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new ValidationException("expiresOn", "must be after effectiveOn (" + effectiveOn + ")");
        }
    }

    /** The fields that open the terms of an agreement with an effective and an optional expiry date. */
    static Map<String, Object> datedFields(String title, LocalDate effectiveOn, LocalDate expiresOn) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("effectiveOn", text(effectiveOn));
        fields.put("expiresOn", text(expiresOn));
        return fields;
    }

    /** A date as the fields show it: ISO text, or null. */
    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** What changed from these terms to {@code later}, field by field, in the order of {@link #fields()}. */
    default List<TermChange> changesTo(AgreementTerms later) {
        Map<String, Object> after = later.fields();
        List<TermChange> changes = new ArrayList<>();
        fields().forEach((field, from) -> {
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                changes.add(new TermChange(field, from, to));
            }
        });
        return changes;
    }
}
