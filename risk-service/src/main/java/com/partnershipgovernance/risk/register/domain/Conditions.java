package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.UUID;

/**
 * The conditions of a list query with their named parameters: the fixed ones of the list (live risks, pending
 * proposals) and the caller's filters, where an absent filter does not filter.
 */
public final class Conditions {

    private final StringBuilder jpql;
    private final Parameters parameters = new Parameters();

    private Conditions(String condition) {
        this.jpql = new StringBuilder(condition);
    }

    /** Conditions that start with {@code condition}, which takes no parameter. */
    public static Conditions where(String condition) {
        return new Conditions(condition);
    }

    /** Also {@code condition}, which takes no parameter. */
    public Conditions and(String condition) {
        jpql.append(" and ").append(condition);
        return this;
    }

    /** Also {@code condition}, whose parameter {@code name} is {@code value}. */
    public Conditions and(String condition, String name, Object value) {
        parameters.and(name, value);
        return and(condition);
    }

    /** Also {@code condition} when {@code value} is given. */
    public Conditions andIfGiven(String condition, String name, Object value) {
        return value == null ? this : and(condition, name, value);
    }

    /** Also {@code field} equal to {@code value}, when it is given. */
    public Conditions equalIfGiven(String field, Object value) {
        return andIfGiven(field + " = :" + field, field, value);
    }

    /** The records of {@code repository} that meet the conditions, in {@code sort} order. */
    public <T> PanacheQuery<T> find(PanacheRepositoryBase<T, UUID> repository, Sort sort) {
        return repository.find(jpql.toString(), sort, parameters);
    }
}
