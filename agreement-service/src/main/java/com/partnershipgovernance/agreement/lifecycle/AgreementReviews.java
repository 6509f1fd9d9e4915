package com.partnershipgovernance.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Agreements of every kind due for review, soonest (most overdue) first. */
@ApplicationScoped
public class AgreementReviews {

    private static final Comparator<ReviewItem> MOST_URGENT_FIRST = Comparator
            .comparing(ReviewItem::reviewOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReviewItem::agreementId);

    @Inject
    @Any
    Instance<AgreementReviewSource> sources;

    @Transactional
    public List<ReviewItem> overdue(LocalDate today, UUID partnerScope) {
        return collect(source -> source.overdue(today, partnerScope));
    }

    @Transactional
    public List<ReviewItem> dueBetween(LocalDate today, LocalDate until, UUID partnerScope) {
        return collect(source -> source.dueBetween(today, until, partnerScope));
    }

    private List<ReviewItem> collect(Function<AgreementReviewSource, List<ReviewItem>> query) {
        List<ReviewItem> items = new ArrayList<>();
        sources.forEach(source -> items.addAll(query.apply(source)));
        items.sort(MOST_URGENT_FIRST);
        return items;
    }
}
