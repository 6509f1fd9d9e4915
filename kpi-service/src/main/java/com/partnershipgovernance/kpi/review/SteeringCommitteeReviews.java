package com.partnershipgovernance.kpi.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.kpi.dashboard.Dashboards;
import com.partnershipgovernance.kpi.definition.domain.KpiDefinitionRepository;
import com.partnershipgovernance.platform.partners.KnownPartner;
import com.partnershipgovernance.platform.partners.KnownPartnerRepository;
import com.partnershipgovernance.kpi.review.domain.ActionCompletion;
import com.partnershipgovernance.kpi.review.domain.ActionCompletionRepository;
import com.partnershipgovernance.kpi.review.domain.ReviewContent;
import com.partnershipgovernance.kpi.review.domain.SteeringCommitteeReview;
import com.partnershipgovernance.kpi.review.domain.SteeringCommitteeReviewRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.ValidationException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.security.Roles;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records, revises and signs steering-committee reviews, keeping with each the dashboards of the
 * reviewed partners as they stood; and finds the reviews a caller may read (a partner's user: only
 * those covering their partner).
 */
@ApplicationScoped
public class SteeringCommitteeReviews {

    /** Periods in each snapshot dashboard's trend. */
    static final int SNAPSHOT_PERIODS = 6;

    @Inject
    SteeringCommitteeReviewRepository reviews;

    @Inject
    KnownPartnerRepository partners;

    @Inject
    KpiDefinitionRepository definitions;

    @Inject
    Dashboards dashboards;

    @Inject
    ElectronicSignatures signatures;

    @Inject
    ActionCompletionRepository completions;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** Records a review held on {@code content.heldOn()}, with a snapshot of the reviewed partners' dashboards. */
    @Transactional
    public SteeringCommitteeReview record(ReviewContent content, List<UUID> partnerIds, List<String> kpiCodes) {
        SteeringCommitteeReview.check(content);
        List<KnownPartner> reviewed = known(partnerIds, kpiCodes);
        Instant now = clock.instant();
        changeContext.because("Steering-committee review of " + content.heldOn() + " recorded");
        SteeringCommitteeReview review = SteeringCommitteeReview.record(content, snapshot(content, reviewed, now),
                caller.subject(), caller.name(), now);
        reviews.persist(review);
        return review;
    }

    /** Revises an unsigned review (If-Match, X-Change-Reason); the snapshot is taken again. */
    @Transactional
    public SteeringCommitteeReview revise(UUID id, String ifMatch, ReviewContent content, List<UUID> partnerIds,
                                          List<String> kpiCodes) {
        SteeringCommitteeReview review = readable(id);
        Preconditions.requireIfMatch(ifMatch, review.version());
        changeContext.requireReason();
        SteeringCommitteeReview.check(content);
        List<KnownPartner> reviewed = known(partnerIds, kpiCodes);
        Instant now = clock.instant();
        review.revise(content, snapshot(content, reviewed, now), now);
        reviews.flush();
        return review;
    }

    /** The chair signs the review (fresh token, steering-committee); it cannot be edited after. */
    @Transactional
    public SteeringCommitteeReview sign(UUID id, String ifMatch, SignatureMeaning meaning) {
        SteeringCommitteeReview review = readable(id);
        Preconditions.requireIfMatch(ifMatch, review.version());
        review.requireUnsigned("signed again");
        review.sign(signatures.sign(review.signedContent(), review.version(), meaning,
                Set.of(Roles.STEERING_COMMITTEE)));
        changeContext.because("Signed by the chair (" + meaning + ")");
        reviews.flush();
        return review;
    }

    /**
     * Completes action {@code index} of a signed review (404 for no such action, 409 if the review is not
     * signed or the action is completed already; a completion before the review or in the future 400).
     */
    @Transactional
    public ActionCompletion complete(UUID id, int index, LocalDate completedOn, String note) {
        SteeringCommitteeReview review = readable(id);
        if (index < 0 || index >= review.actions().size()) {
            throw new RecordNotFoundException("The review " + id + " has no action " + index);
        }
        if (completions.count("reviewId = ?1 and actionIndex = ?2", id, index) > 0) {
            throw new IllegalTransitionException("Action " + index + " of the review " + id
                    + " was completed already");
        }
        if (completedOn.isBefore(review.heldOn())) {
            throw new ValidationException("completedOn", "must not be before the review date " + review.heldOn());
        }
        if (completedOn.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("completedOn", "must not be in the future");
        }
        changeContext.because("Action " + index + " of the review of " + review.heldOn() + " completed"
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        ActionCompletion completion = ActionCompletion.of(review, index, completedOn,
                note == null || note.isBlank() ? null : note.strip(), caller.subject(), caller.name(), clock.instant());
        completions.persist(completion);
        return completion;
    }

    /** The completions of the actions of {@code reviewIds}. */
    public List<ActionCompletion> completionsOf(Collection<UUID> reviewIds) {
        return completions.ofReviews(reviewIds);
    }

    /** The review, if it is in the caller's scope (a partner's user: one covering their partner), else 404. */
    @Transactional
    public SteeringCommitteeReview readable(UUID id) {
        return reviews.findByIdOptional(id)
                .orElseThrow(() -> RecordNotFoundException.of("Steering-committee review", id));
    }

    /** The reviews the caller may read, covering {@code partnerId} if given, latest first by default. */
    public PanacheQuery<SteeringCommitteeReview> readable(UUID partnerId, Sort sort) {
        if (partnerId == null) {
            return reviews.findAll(sort);
        }
        return reviews.find("id in (select r.id from SteeringCommitteeReview r join r.partnerIds p where p = ?1)",
                sort, partnerId);
    }

    /** The reviewed partners, each known (else 422 naming {@code partnerIds[i]}); every KPI code known too. */
    private List<KnownPartner> known(List<UUID> partnerIds, List<String> kpiCodes) {
        List<KnownPartner> known = new ArrayList<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            UUID id = partnerIds.get(i);
            String field = "partnerIds[" + i + "]";
            known.add(partners.findByIdOptional(id).orElseThrow(() -> BusinessRuleException.onField(field,
                    "is not a partner kpi-service knows: " + id)));
        }
        for (int i = 0; i < kpiCodes.size(); i++) {
            String code = kpiCodes.get(i);
            if (definitions.byCode(code).isEmpty()) {
                throw BusinessRuleException.onField("kpiCodes[" + i + "]", "is not a KPI code: " + code);
            }
        }
        return known.stream().distinct().toList();
    }

    private String snapshot(ReviewContent content, List<KnownPartner> reviewed, Instant now) {
        DashboardSnapshot snapshot = new DashboardSnapshot(content.heldOn(), now, SNAPSHOT_PERIODS, reviewed.stream()
                .sorted(Comparator.comparing(KnownPartner::id))
                .map(p -> dashboards.partner(p, content.heldOn(), SNAPSHOT_PERIODS, null)).toList());
        try {
            return mapper.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the dashboard snapshot", e);
        }
    }
}
