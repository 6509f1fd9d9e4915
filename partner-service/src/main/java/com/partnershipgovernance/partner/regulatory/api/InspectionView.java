package com.partnershipgovernance.partner.regulatory.api;

import com.partnershipgovernance.partner.regulatory.domain.Inspection;
import com.partnershipgovernance.partner.regulatory.domain.InspectionFacts;
import com.partnershipgovernance.partner.regulatory.domain.InspectionOutcome;
import com.partnershipgovernance.partner.regulatory.domain.RegulatoryAuthority;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An inspection as the API shows it. */
@Schema(name = "Inspection")
public record InspectionView(UUID id, UUID partnerId, UUID siteId, LocalDate inspectedOn,
                             RegulatoryAuthority authority, String authorityName, InspectionOutcome outcome,
                             Integer observations, String notes,
                             @Schema(description = "set once the record was retired") Instant retiredAt,
                             String retiredReason,
                             @Schema(description = "the record's version, also its ETag") long version)
        implements Versioned {

    static InspectionView of(Inspection inspection) {
        InspectionFacts f = inspection.facts();
        return new InspectionView(inspection.id(), inspection.partnerId(), f.siteId(), f.inspectedOn(), f.authority(),
                f.authorityName(), f.outcome(), f.observations(), f.notes(),
                inspection.retiredAt(), inspection.retiredReason(), inspection.version());
    }

    /** A partner's inspections, latest first. */
    @Schema(name = "Inspections")
    public record Items(List<InspectionView> items) {
    }
}
