package com.partnershipgovernance.partner.scorecard.events;

import com.partnershipgovernance.partner.scorecard.domain.Selection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of {@code partner.selected}: a selection decision was signed for {@code partnerId}. */
public record PartnerSelected(UUID selectionId, UUID partnerId, List<UUID> candidatePartnerIds, Instant decidedAt) {

    public static PartnerSelected of(Selection selection) {
        return new PartnerSelected(selection.id(), selection.chosenPartnerId(), selection.candidates(),
                selection.decidedAt());
    }
}
