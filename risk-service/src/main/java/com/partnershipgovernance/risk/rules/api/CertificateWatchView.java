package com.partnershipgovernance.risk.rules.api;

import com.partnershipgovernance.platform.http.Versioned;
import com.partnershipgovernance.risk.rules.domain.CertificateWatch;
import com.partnershipgovernance.risk.rules.domain.CertificateWatchStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A watched GMP certificate of a partner, as certificate-expiry-risk keeps it. */
@Schema(name = "CertificateWatch")
public record CertificateWatchView(UUID id, UUID partnerId, UUID siteId,
                                   @Schema(example = "EUGMP-DE-2023-0147") String certificateId,
                                   @Schema(example = "EMA") String authority,
                                   @Schema(example = "2027-02-28") LocalDate expiresOn,
                                   @Schema(example = "WATCHING") CertificateWatchStatus status,
                                   @Schema(description = "ce_id of the partner.certification-expiring that opened it")
                                   String causeEventId, Instant openedAt,
                                   @Schema(description = "the renewed certificate's reference") String renewalRef,
                                   LocalDate renewedUntil, Instant renewedAt, String renewedBy,
                                   @Schema(description = "ce_id of a later announcement that moved the expiry date")
                                   String renewalEventId,
                                   @Schema(description = "the risk raised, or given the certificate as evidence")
                                   UUID riskId, Instant closedAt, long version)
        implements Versioned {

    static CertificateWatchView of(CertificateWatch w) {
        return new CertificateWatchView(w.id(), w.partnerId(), w.siteId(), w.certificateId(), w.authority(),
                w.expiresOn(), w.status(), w.causeEventId(), w.openedAt(), w.renewalRef(), w.renewedUntil(),
                w.renewedAt(), w.renewedBy(), w.renewalEventId(), w.riskId(), w.closedAt(), w.version());
    }
}
