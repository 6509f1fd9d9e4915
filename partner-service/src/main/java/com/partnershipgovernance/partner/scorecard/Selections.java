package com.partnershipgovernance.partner.scorecard;

import com.partnershipgovernance.partner.partner.domain.PartnerRepository;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.ScoreSubmission;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplateRepository;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.problem.BusinessRuleException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Opens selections on the latest version of a template and records the evaluators' scores. */
@ApplicationScoped
public class Selections {

    @Inject
    SelectionRepository selections;

    @Inject
    ScorecardTemplateRepository templates;

    @Inject
    PartnerRepository partners;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Opens a selection.
     *
     * @throws BusinessRuleException naming {@code templateId} (unknown or superseded template) or
     *                                {@code candidatePartnerIds} (not partners) (422)
     */
    @Transactional
    public Selection open(String title, String description, UUID templateId, EvaluatingFunction ownerFunction,
                          Set<UUID> candidates) {
        // a shared lock: a concurrent revision of the template waits, then sees it in use
        ScorecardTemplate template = templates.findByIdOptional(templateId, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> BusinessRuleException.onField("templateId", "is not a scorecard template"));
        int latest = templates.latestVersionOf(template.familyId());
        if (template.templateVersion() < latest) {
            throw BusinessRuleException.onField("templateId", "is version " + template.templateVersion()
                    + ", superseded by version " + latest + "; use the latest version");
        }
        Set<UUID> known = new HashSet<>(partners.getEntityManager()
                .createQuery("select p.id from Partner p where p.id in :ids", UUID.class)
                .setParameter("ids", candidates).getResultList());
        List<UUID> unknown = candidates.stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw BusinessRuleException.onField("candidatePartnerIds", "must all be partners; unknown: " + unknown);
        }
        Selection selection = Selection.open(title, description, template, ownerFunction, candidates,
                caller.subject(), caller.name(), clock.instant());
        selections.persistAndFlush(selection);
        return selection;
    }

    /**
     * Records the caller's score as {@code submission.function()}, which must be one of their roles.
     * Replacing an earlier score needs a reason ({@code X-Change-Reason}) for the audit trail.
     *
     * @throws ForbiddenException when the caller does not hold the function's role (403)
     */
    @Transactional
    public Selection.ScoreRecorded score(UUID selectionId, ScoreSubmission submission) {
        // one writer at a time per selection: a score never lands after the decision
        // (found first: to a partner user, who finds none, every selection id answers 404)
        Selection selection = selections.findByIdOptional(selectionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RecordNotFoundException.of("Selection", selectionId));
        if (!caller.hasRole(submission.function().role())) {
            throw new ForbiddenException("Scoring as " + submission.function() + " needs the role "
                    + submission.function().role());
        }
        ScorecardTemplate template = templates.findById(selection.templateId());
        Selection.ScoreRecorded recorded = selection.score(template, submission, caller.subject(), caller.name(),
                clock.instant());
        if (recorded.outcome() == Selection.ScoreOutcome.REPLACED) {
            changeContext.requireReason();
        }
        selections.flush();
        return recorded;
    }
}
