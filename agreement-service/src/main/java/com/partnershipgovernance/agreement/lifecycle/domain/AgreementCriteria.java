package com.partnershipgovernance.agreement.lifecycle.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a list of agreements of one kind is filtered by: attributes of the agreement equal to a value, whether
 * it is flagged for review, and the partner a partner user is confined to. Criteria left null filter nothing.
 */
public final class AgreementCriteria {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Only agreements whose {@code attribute} equals {@code value}, unless the value is null. */
    public AgreementCriteria equal(String attribute, Object value) {
        if (value != null) {
            String name = "p" + conditions.size();
            conditions.add(attribute + " = :" + name);
            parameters.and(name, value);
        }
        return this;
    }

    /** Only the latest versions with {@code status}, unless null. */
    public AgreementCriteria latestStatus(AgreementStatus status) {
        return equal("latestStatus", status);
    }

    /** Only agreements flagged for review (true) or not (false), unless null. */
    public AgreementCriteria flaggedForReview(Boolean flagged) {
        if (flagged != null) {
            conditions.add(flagged ? "reviewFlag.flaggedAt is not null" : "reviewFlag.flaggedAt is null");
        }
        return this;
    }

    /** The agreements of {@code agreements} that meet the criteria, in {@code sort} order. */
    public <A> PanacheQuery<A> find(PanacheRepositoryBase<A, UUID> agreements, Sort sort) {
        return conditions.isEmpty() ? agreements.findAll(sort)
                : agreements.find(String.join(" and ", conditions), sort, parameters);
    }
}
