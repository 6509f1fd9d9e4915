package com.partnershipgovernance.partner.audit.api;

import com.partnershipgovernance.partner.audit.domain.Finding;
import com.partnershipgovernance.partner.audit.domain.FindingSeverity;
import com.partnershipgovernance.partner.audit.domain.FindingStatus;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An audit finding with its follow-up, as the API shows it. */
@Schema(name = "AuditFinding")
public record FindingView(UUID id,
                          UUID auditId,
                          UUID partnerId,
                          @Schema(description = "1, 2, 3... within the audit", example = "2") int number,
                          @Schema(example = "MAJOR") FindingSeverity severity,
                          @Schema(example = "EU GMP Annex 1 §9.30") String requirement,
                          String description,
                          @Schema(example = "2026-10-16") LocalDate responseDueOn,
                          @Schema(example = "RESPONSE_RECEIVED") FindingStatus status,
                          @Schema(description = "the partner's latest response") String response,
                          Instant respondedAt,
                          String respondedBy,
                          String respondedByName,
                          @Schema(description = "quality's latest note: why a response was rejected, or the closure")
                          String sponsorNote,
                          LocalDate closedOn,
                          String closedBy,
                          Instant raisedAt,
                          @Schema(description = "days the response is late; null unless overdue", example = "3")
                          Long responseDaysOverdue,
                          @Schema(description = "the record's version, also its ETag", example = "0") long version)
        implements Versioned {

    static FindingView of(Finding f, LocalDate today) {
        var overdue = f.responseDaysOverdue(today);
        return new FindingView(f.id(), f.auditId(), f.partnerId(), f.number(), f.severity(), f.requirement(),
                f.description(), f.responseDueOn(), f.status(), f.response(), f.respondedAt(), f.respondedBy(),
                f.respondedByName(), f.sponsorNote(), f.closedOn(), f.closedBy(), f.raisedAt(),
                overdue.isPresent() ? overdue.getAsLong() : null, f.version());
    }

    /** A list of findings. */
    @Schema(name = "AuditFindings")
    public record Items(List<FindingView> items) {
    }
}
