package com.partnershipgovernance.risk.register.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The risks of the register. */
@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** The live (not closed, not retired) risk of a partner in a category, the most severe first when there are several. */
    public Optional<Risk> findLive(UUID partnerId, RiskCategory category) {
        return find("partnerId = ?1 and category = ?2 and status <> ?3 and retirement.retiredAt is null"
                + " order by score desc, raisedAt",
                partnerId, category, RiskStatus.CLOSED).firstResultOptional();
    }

    /** The live risk of a partner in a category linked to a SOW. */
    public Optional<Risk> findLiveForSow(UUID partnerId, RiskCategory category, UUID sowId) {
        return find("partnerId = ?1 and category = ?2 and sowId = ?3 and status <> ?4 and retirement.retiredAt is null"
                + " order by score desc, raisedAt",
                partnerId, category, sowId, RiskStatus.CLOSED).firstResultOptional();
    }

    /** The risks of the register (never retired ones) that {@code filter} keeps. */
    public PanacheQuery<Risk> register(Consumer<Conditions> filter, Sort sort) {
        return matching(Conditions.where("retirement.retiredAt is null"), filter, sort);
    }

    /** The live (not closed, not retired) risks that {@code filter} keeps. */
    public PanacheQuery<Risk> live(Consumer<Conditions> filter, Sort sort) {
        return matching(Conditions.where("retirement.retiredAt is null")
                .and("status <> :closed", "closed", RiskStatus.CLOSED), filter, sort);
    }

    /** The live risks that {@code filter} keeps whose next review date is before {@code today}. */
    public PanacheQuery<Risk> overdueForReview(LocalDate today, Consumer<Conditions> filter, Sort sort) {
        return matching(Conditions.where("retirement.retiredAt is null")
                .and("status <> :closed", "closed", RiskStatus.CLOSED)
                .and("nextReviewOn < :today", "today", today), filter, sort);
    }

    private PanacheQuery<Risk> matching(Conditions conditions, Consumer<Conditions> filter, Sort sort) {
        filter.accept(conditions);
        return conditions.find(this, sort);
    }
}
