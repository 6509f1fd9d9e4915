package com.partnershipgovernance.partner.scorecard;

import com.partnershipgovernance.partner.partner.events.PartnerEvents;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.partner.scorecard.events.PartnerSelected;
import com.partnershipgovernance.partner.scorecard.events.SelectionEvents;
import com.partnershipgovernance.platform.audit.ChangeContext;
import com.partnershipgovernance.platform.http.Preconditions;
import com.partnershipgovernance.platform.outbox.EventOutbox;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureMeaning;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Records the signed decision of a selection and announces it with {@code partner.selected}, in one
 * transaction. Only the owner function (or admin) decides, with a fresh authentication.
 */
@ApplicationScoped
public class SelectionDecisions {

    @Inject
    SelectionRepository selections;

    @Inject
    EventOutbox outbox;

    @Inject
    ElectronicSignatures signatures;

    @Inject
    ChangeContext changeContext;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Selection decide(UUID selectionId, String ifMatch, UUID chosenPartnerId, String rationale,
                            SignatureMeaning meaning) {
        Selection selection = selections.findByIdOptional(selectionId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> RecordNotFoundException.of("Selection", selectionId));
        Preconditions.requireIfMatch(ifMatch, selection.version());
        String owner = selection.ownerFunction().role();
        if (!caller.hasRole(owner)) {
            throw new ForbiddenException("Deciding this selection needs the role of its owner, " + owner);
        }
        changeContext.because(rationale);
        selection.decide(chosenPartnerId, rationale, caller.subject(), caller.name(), clock.instant(),
                () -> signatures.sign(selection.decisionContent(chosenPartnerId, rationale), selection.version(),
                        meaning, Set.of(owner)));
        selections.flush();
        outbox.publish(PartnerEvents.TOPIC, SelectionEvents.SELECTED, PartnerEvents.AGGREGATE, chosenPartnerId,
                PartnerSelected.of(selection));
        return selection;
    }
}
