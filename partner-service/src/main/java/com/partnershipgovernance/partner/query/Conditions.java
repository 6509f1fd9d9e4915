package com.partnershipgovernance.partner.query;

import com.partnershipgovernance.platform.query.FreeText;
import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The where clause of a list query built from optional filters: each filter given narrows the list, one left out
 * does not. Partner scope is not a filter here: the Hibernate filter of the platform applies it to every query.
 *
 * <pre>{@code
 * Conditions where = Conditions.all().and("type = :type", "type", type).text("legalName", q);
 * repository.find(where.query(), sort, where.parameters());
 * }</pre>
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Conditions() {
    }

    /** No condition yet: every row. */
    public static Conditions all() {
        return new Conditions();
    }

    /** A condition that always applies. */
    public Conditions and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** {@code clause} with {@code value} bound to {@code :name}, if a value is given (not null, not empty). */
    public Conditions and(String clause, String name, Object value) {
        Object given = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (given != null) {
            clauses.add(clause);
            parameters.and(name, given);
        }
        return this;
    }

    /** A case-insensitive "contains" match of what was typed on {@code attribute}, if anything was typed. */
    public Conditions text(String attribute, String typed) {
        FreeText.of(typed).ifPresent(free -> and(free.condition(attribute, "text"), "text", free.pattern()));
        return this;
    }

    /** The HQL condition. */
    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
