package com.partnershipgovernance.agreement.milestone.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.partnershipgovernance.agreement.milestone.MilestoneSignedContent;
import com.partnershipgovernance.agreement.milestone.domain.GoNoGo;
import com.partnershipgovernance.agreement.milestone.domain.GoNoGoDecision;
import com.partnershipgovernance.agreement.milestone.domain.Milestone;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneSchedule;
import com.partnershipgovernance.agreement.milestone.domain.MilestoneStatus;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureView;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A SOW milestone as it stands; its version is its ETag (not in the body). */
@Schema(name = "Milestone")
public record MilestoneView(UUID id,
                            UUID sowId,
                            UUID msaId,
                            UUID partnerId,
                            @Schema(example = "MANUFACTURING") SowKind sowKind,
                            @Schema(example = "PPQ batch 1 released") String name,
                            LocalDate dueDate,
                            @Schema(example = "Pat Project") String owner,
                            @Schema(example = "Master batch record") String deliverable,
                            boolean decisionPoint,
                            List<UUID> dependsOn,
                            @Schema(example = "OPEN") MilestoneStatus status,
                            @Schema(description = "past due and not completed") boolean missed,
                            LocalDate completedOn,
                            @Schema(description = "days late at completion, negative when early", example = "-3")
                            Long daysLate,
                            @Schema(description = "why it is on hold") String holdReason,
                            DecisionView decision,
                            Instant createdAt,
                            @JsonIgnore long version) implements Versioned {

    /** The signed go/no-go decision taken at this milestone. */
    @Schema(name = "GoNoGoDecision")
    public record DecisionView(@Schema(example = "GO") GoNoGo decision,
                               String rationale,
                               @Schema(example = "u-clinical") String decidedBy,
                               @Schema(example = "Cleo Clinical") String decidedByName,
                               Instant decidedAt,
                               SignatureView signature) {
    }

    static MilestoneView of(Milestone m, LocalDate today) {
        GoNoGoDecision d = m.decision().orElse(null);
        return new MilestoneView(m.id(), m.sowId(), m.msaId(), m.partnerId(), m.sowKind(), m.name(), m.dueDate(),
                m.owner(), m.deliverable(), m.isDecisionPoint(), m.dependsOn(), m.status(),
                MilestoneSchedule.isMissed(m.dueDate(), m.status(), today), m.completedOn(),
                m.completedOn() == null ? null : MilestoneSchedule.daysLate(m.dueDate(), m.completedOn()),
                m.holdReason(),
                d == null ? null : new DecisionView(d.decision(), d.rationale(), d.decidedBy(), d.decidedByName(),
                        d.decidedAt(), ElectronicSignatures.view(d.signature(),
                        MilestoneSignedContent.of(m, d.decision(), d.rationale()))),
                m.createdAt(), m.version());
    }
}
