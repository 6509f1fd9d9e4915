package com.partnershipgovernance.risk.mitigation.api;

import com.partnershipgovernance.platform.http.Versioned;
import com.partnershipgovernance.risk.mitigation.domain.MitigationAction;
import com.partnershipgovernance.risk.mitigation.domain.MitigationStatus;
import com.partnershipgovernance.risk.register.domain.OwnerSide;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A mitigation action with its status and whether it is overdue. */
@Schema(name = "MitigationAction")
public record MitigationView(UUID id, UUID riskId, UUID partnerId,
                             @Schema(example = "Qualify second fill-finish line before campaign start")
                             String description,
                             @Schema(example = "PARTNER") OwnerSide ownerSide,
                             @Schema(example = "Pat Partner") String ownerName,
                             LocalDate dueOn,
                             @Schema(example = "IN_PROGRESS") MitigationStatus status,
                             String statusReason, LocalDate completedOn, String completionNote, boolean overdue,
                             String createdBy, Instant createdAt, long version)
        implements Versioned {

    static MitigationView of(MitigationAction action, LocalDate today) {
        return new MitigationView(action.id(), action.riskId(), action.partnerId(), action.description(),
                action.ownerSide(), action.ownerName(), action.dueOn(), action.status(), action.statusReason(),
                action.completedOn(), action.completionNote(), action.isOverdue(today), action.createdBy(),
                action.createdAt(), action.version());
    }

    /** The actions of one risk. */
    @Schema(name = "MitigationActions")
    public record Actions(List<MitigationView> items) {
    }
}
