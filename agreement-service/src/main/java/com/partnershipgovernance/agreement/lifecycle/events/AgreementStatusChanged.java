package com.partnershipgovernance.agreement.lifecycle.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatusChange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code agreement.status-changed}: one version of an MSA, SOW or quality agreement moved in its
 * lifecycle. {@code msaId} and {@code sowKind} are set for a SOW only and are null otherwise.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementStatusChanged(UUID agreementId, String kind, int version, UUID partnerId, UUID msaId,
                                     String sowKind, String from, String to, String reason, LocalDate effectiveOn,
                                     LocalDate expiresOn) {

    /** The event of {@code change} of an agreement that is not a SOW (MSA, quality agreement). */
    public static AgreementStatusChanged of(AgreementStatusChange change, UUID partnerId, LocalDate effectiveOn,
                                            LocalDate expiresOn) {
        return new AgreementStatusChanged(change.agreementId(), change.kind().name(), change.versionNumber(),
                partnerId, null, null, change.from().name(), change.to().name(), change.reason(), effectiveOn,
                expiresOn);
    }

    /** The event of {@code change} of a SOW placed under MSA {@code msaId}; the SOW's timeline gives the dates. */
    public static AgreementStatusChanged ofSow(AgreementStatusChange change, UUID partnerId, UUID msaId,
                                               String sowKind, LocalDate startOn, LocalDate endOn) {
        return new AgreementStatusChanged(change.agreementId(), change.kind().name(), change.versionNumber(),
                partnerId, msaId, sowKind, change.from().name(), change.to().name(), change.reason(), startOn,
                endOn);
    }
}
