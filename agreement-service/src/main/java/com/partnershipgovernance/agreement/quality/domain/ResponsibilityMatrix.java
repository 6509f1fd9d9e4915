package com.partnershipgovernance.agreement.quality.domain;

import com.partnershipgovernance.platform.problem.BusinessRuleException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who is responsible for each GMP area under a quality agreement. Complete by construction: every
 * {@link ResponsibilityArea} is assigned, because an unassigned area is exactly the gap an inspector finds.
 */
public final class ResponsibilityMatrix {

    /** The field a refusal names, followed by {@code .AREA}. */
    public static final String FIELD = "responsibilities";

    private final Map<ResponsibilityArea, Responsibility> assignments;

    private ResponsibilityMatrix(Map<ResponsibilityArea, Responsibility> assignments) {
        this.assignments = Collections.unmodifiableMap(new EnumMap<>(assignments));
    }

    /**
     * @throws BusinessRuleException (422) naming {@code responsibilities.AREA} for the first area not assigned
     */
    public static ResponsibilityMatrix of(Map<ResponsibilityArea, Responsibility> assignments) {
        Objects.requireNonNull(assignments, "assignments");
        for (ResponsibilityArea area : ResponsibilityArea.values()) {
            if (assignments.get(area) == null) {
                throw BusinessRuleException.onField(FIELD + "." + area.name(), "is not assigned: a quality "
                        + "agreement assigns every area to SPONSOR, PARTNER or SHARED");
            }
        }
        return new ResponsibilityMatrix(assignments);
    }

    /**
     * The sponsor's usual split with a CDMO: the partner runs its own GMP operations (documentation,
     * deviations, OOS, batch records, stability, raw-material suppliers), the sponsor keeps release, recalls and
     * the approval of subcontractors, and the quality-system processes that need both sides are shared.
     */
    public static ResponsibilityMatrix template() {
        Map<ResponsibilityArea, Responsibility> t = new EnumMap<>(ResponsibilityArea.class);
        t.put(ResponsibilityArea.DOCUMENTATION, Responsibility.PARTNER);
        t.put(ResponsibilityArea.CHANGE_CONTROL, Responsibility.SHARED);
        t.put(ResponsibilityArea.DEVIATIONS, Responsibility.PARTNER);
        t.put(ResponsibilityArea.OOS_INVESTIGATIONS, Responsibility.PARTNER);
        t.put(ResponsibilityArea.CAPA, Responsibility.SHARED);
        t.put(ResponsibilityArea.AUDITS, Responsibility.SPONSOR);
        t.put(ResponsibilityArea.BATCH_RECORD_REVIEW, Responsibility.SHARED);
        t.put(ResponsibilityArea.BATCH_RELEASE_QP_CERTIFICATION, Responsibility.SPONSOR);
        t.put(ResponsibilityArea.COMPLAINTS, Responsibility.SHARED);
        t.put(ResponsibilityArea.RECALLS, Responsibility.SPONSOR);
        t.put(ResponsibilityArea.SUBCONTRACTING, Responsibility.SPONSOR);
        t.put(ResponsibilityArea.STABILITY, Responsibility.PARTNER);
        t.put(ResponsibilityArea.RAW_MATERIAL_SUPPLIER_QUALIFICATION, Responsibility.PARTNER);
        t.put(ResponsibilityArea.DATA_INTEGRITY, Responsibility.SHARED);
        return new ResponsibilityMatrix(t);
    }

    public Responsibility responsibleFor(ResponsibilityArea area) {
        return assignments.get(area);
    }

    /** Every area with its responsibility, in the order of {@link ResponsibilityArea}. */
    public Map<ResponsibilityArea, Responsibility> assignments() {
        return assignments;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponsibilityMatrix other && assignments.equals(other.assignments);
    }

    @Override
    public int hashCode() {
        return assignments.hashCode();
    }

    @Override
    public String toString() {
        return assignments.toString();
    }
}
