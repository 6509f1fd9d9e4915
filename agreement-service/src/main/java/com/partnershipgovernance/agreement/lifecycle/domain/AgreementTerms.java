package com.partnershipgovernance.agreement.lifecycle.domain;

import java.time.LocalDate;
import java.util.ArrayList;
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
