package com.partnershipgovernance.agreement.sow.domain;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementTerms;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.platform.problem.ValidationException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one version of a statement of work says: the work (activities, deliverables and who delivers each),
 * its timeline, its budget and how issues are escalated. The kind of work is the SOW's, not a version's.
 */
public record SowTerms(String title, List<String> activities, List<Deliverable> deliverables, LocalDate startOn,
                       LocalDate endOn, Money budget, List<EscalationLevel> escalationPath, LocalDate reviewOn)
        implements AgreementTerms {

    public SowTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
        Objects.requireNonNull(budget, "budget");
        if (!endOn.isAfter(startOn)) {
            throw new ValidationException("timeline.endOn", "must be after timeline.startOn (" + startOn + ")");
        }
        if (budget.amount().signum() < 0) {
            throw new ValidationException("budget.amount", "must not be negative");
        }
        activities = activities == null ? List.of() : List.copyOf(activities);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        escalationPath = escalationPath == null ? List.of() : List.copyOf(escalationPath);
    }

    /** Whether {@code day} falls within the timeline, its first and last days included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startOn) && !day.isAfter(endOn);
    }

    /** Whether the SOW names a deliverable called {@code name}. */
    public boolean hasDeliverable(String name) {
        return deliverables.stream().anyMatch(d -> d.name().equals(name));
    }

    /**
     * The terms field by field, as compared between versions and signed: dates as ISO text, money amounts
     * as plain decimal text.
     */
    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("activities", activities);
        fields.put("deliverables", deliverables);
        fields.put("timeline.startOn", startOn.toString());
        fields.put("timeline.endOn", endOn.toString());
        fields.put("budget.amount", budget.amountText());
        fields.put("budget.currency", budget.currency());
        fields.put("escalationPath", escalationPath);
        fields.put("reviewOn", reviewOn == null ? null : reviewOn.toString());
        return fields;
    }
}
