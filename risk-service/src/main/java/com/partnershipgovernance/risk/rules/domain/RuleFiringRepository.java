package com.partnershipgovernance.risk.rules.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The firings of the automatic rules. */
@ApplicationScoped
public class RuleFiringRepository implements PanacheRepositoryBase<RuleFiring, UUID> {

    /** The levels earlier firings of {@code policy} applied to {@code subjectRef} (e.g. a deviation's severities). */
    public List<String> levelsApplied(String policy, String subjectRef) {
        return find("policy = ?1 and subjectRef = ?2 and outcome <> ?3 and subjectLevel is not null", policy,
                subjectRef, FiringOutcome.NO_CHANGE).stream().map(RuleFiring::subjectLevel).toList();
    }

    /** The firings of {@code policy} on {@code subjectRef} that raised or re-scored a risk, oldest first. */
    public List<RuleFiring> changesBy(String policy, String subjectRef) {
        return list("policy = ?1 and subjectRef = ?2 and outcome in ?3 order by firedAt, id", policy, subjectRef,
                List.of(FiringOutcome.RAISED, FiringOutcome.RESCORED));
    }

    /** Whether {@code policy} fired on {@code subjectRef} before. */
    public boolean firedOn(String policy, String subjectRef) {
        return count("policy = ?1 and subjectRef = ?2", policy, subjectRef) > 0;
    }

    /** The firings that changed a risk, oldest first. */
    public List<RuleFiring> ofRisk(UUID riskId) {
        return list("riskId = ?1 order by firedAt, id", riskId);
    }

    /** The firings an event caused. */
    public List<RuleFiring> causedBy(String eventId) {
        return list("causeEventId = ?1 order by firedAt, id", eventId);
    }
}
