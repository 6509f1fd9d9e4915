package com.partnershipgovernance.agreement.change.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestStatus;

import java.util.UUID;

/**
 * Payload of {@code change-request.status-changed}: a change request moved; {@code from} is null when it was
 * proposed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChangeRequestStatusChanged(UUID changeRequestId, UUID partnerId, UUID agreementId, String from,
                                         String to) {

    public static ChangeRequestStatusChanged of(ChangeRequest cr, ChangeRequestStatus from, ChangeRequestStatus to) {
        return new ChangeRequestStatusChanged(cr.id(), cr.partnerId(), cr.agreementId(),
                from == null ? null : from.name(), to.name());
    }
}
