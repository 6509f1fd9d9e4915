package com.partnershipgovernance.risk.mitigation;

import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.problem.IllegalTransitionException;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.risk.mitigation.domain.MitigationAction;
import com.partnershipgovernance.risk.mitigation.domain.MitigationActionRepository;
import com.partnershipgovernance.risk.mitigation.domain.MitigationStatus;
import com.partnershipgovernance.risk.register.RiskAccess;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import com.partnershipgovernance.risk.register.domain.Risk;
import com.partnershipgovernance.risk.register.domain.RiskRepository;
import com.partnershipgovernance.risk.register.domain.RiskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Plans and follows up the mitigation actions of risks. Whoever may see a risk's actions may act on
 * them: the sponsor's functions on any risk, a partner's users on their partner's joint risks.
 */
@ApplicationScoped
public class MitigationActions {

    @Inject
    MitigationActionRepository actions;

    @Inject
    RiskRepository risks;

    @Inject
    RiskAccess access;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** Plans an action on a live risk; the due date must not have passed (400 naming {@code dueOn}). */
    @Transactional
    public MitigationAction plan(UUID riskId, String description, OwnerSide ownerSide, String ownerName,
                                 LocalDate dueOn) {
        Risk risk = access.visible(riskId);
        if (risk.status() == RiskStatus.CLOSED) {
            throw new IllegalTransitionException("Risk " + riskId + " is CLOSED: reopen it to plan mitigations");
        }
        MitigationAction action = MitigationAction.plan(risk.id(), risk.partnerId(), description, ownerSide,
                ownerName, dueOn, LocalDate.now(clock), changeContext.actor().id(), clock.instant());
        actions.persist(action);
        actions.flush();
        return action;
    }

    /** Moves an action with a reason; needs If-Match; an illegal move answers 409. */
    @Transactional
    public MitigationAction changeStatus(UUID actionId, String ifMatch, MitigationStatus to, String reason,
                                         LocalDate completedOn, String completionNote) {
        MitigationAction action = visible(actionId);
        Preconditions.requireIfMatch(ifMatch, action.version());
        changeContext.because(reason);
        action.changeStatus(to, reason, completedOn, completionNote, LocalDate.now(clock));
        actions.flush();
        return action;
    }

    /** The action, if its risk is in the caller's scope. */
    public MitigationAction visible(UUID actionId) {
        return actions.findByIdOptional(actionId)
                .orElseThrow(() -> RecordNotFoundException.of("Mitigation action", actionId));
    }
}
