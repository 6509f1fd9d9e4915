package com.partnershipgovernance.kpi.query;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters a list is read with, as one JPQL condition: each filter the caller gave adds its condition
 * and parameter, a filter left out (null) adds nothing, and no filter at all matches every record.
 * <pre>{@code
 * Criteria where = Criteria.of().and("kpiCode = :code", "code", kpiCode).and("source = :source", "source", source);
 * find(where.condition(), sort, where.parameters());
 * }</pre>
 */
public final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Criteria() {
    }

    /** No filter yet: every record. */
    public static Criteria of() {
        return new Criteria();
    }

    /** Adds {@code condition}, whose parameter {@code name} is {@code value}, unless {@code value} is null. */
    public Criteria and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** The JPQL condition: the filters given, joined by {@code and}. */
    public String condition() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
