package com.partnershipgovernance.agreement.shared.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a list is filtered by: each criterion given narrows it, one left null filters nothing. Partner scope is no
 * criterion: the platform's partner-scope filter applies it to every query.
 */
public class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Only rows whose {@code attribute} equals {@code value}, unless the value is null. */
    public Criteria equal(String attribute, Object value) {
        return compare(attribute, "=", value);
    }

    /** Only rows whose {@code attribute} is before {@code value}, unless the value is null. */
    public Criteria before(String attribute, Object value) {
        return compare(attribute, "<", value);
    }

    /** Only rows that meet {@code condition}, a condition without parameters. */
    protected Criteria holding(String condition) {
        conditions.add(condition);
        return this;
    }

    /** The rows of {@code repository} that meet the criteria, in {@code sort} order. */
    public <E> PanacheQuery<E> find(PanacheRepositoryBase<E, UUID> repository, Sort sort) {
        return conditions.isEmpty() ? repository.findAll(sort)
                : repository.find(String.join(" and ", conditions), sort, parameters);
    }

    private Criteria compare(String attribute, String operator, Object value) {
        if (value != null) {
            String name = "p" + conditions.size();
            conditions.add(attribute + " " + operator + " :" + name);
            parameters.and(name, value);
        }
        return this;
    }
}
