package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionRepository;
import com.partnershipgovernance.platform.problem.RecordNotFoundException;
import com.partnershipgovernance.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Selections are the sponsor's internal sourcing decisions: a partner user may not even learn that
 * one exists. Every request naming a selection id answers them 404, whatever the method; lists and
 * creation answer them 403 through {@code @RolesAllowed}.
 */
@RequestScoped
public class SelectionAccess {

    @Inject
    Caller caller;

    @Inject
    SelectionRepository selections;

    /** Refuses partner users as if {@code id} did not exist. */
    public void hideFromPartnerUsers(UUID id) {
        if (caller.isPartnerUser()) {
            throw RecordNotFoundException.of("Selection", id);
        }
    }

    /** The selection, if it exists and the caller may see it. */
    public Selection visible(UUID id) {
        hideFromPartnerUsers(id);
        return selections.findByIdOptional(id).orElseThrow(() -> RecordNotFoundException.of("Selection", id));
    }
}
