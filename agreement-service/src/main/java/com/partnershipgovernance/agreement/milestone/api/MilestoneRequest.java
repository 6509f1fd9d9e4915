package com.partnershipgovernance.agreement.milestone.api;

import com.partnershipgovernance.agreement.milestone.MilestonePlanning;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A milestone to plan on a SOW. */
@Schema(name = "MilestoneRequest")
public record MilestoneRequest(
        @NotBlank @Size(max = 300) @Schema(example = "PPQ batch 1 released") String name,
        @NotNull @Schema(example = "2027-05-31") LocalDate dueDate,
        @NotBlank @Size(max = 200) @Schema(description = "who answers for it", example = "Pat Project") String owner,
        @Size(max = 300) @Schema(description = "the SOW deliverable it produces, by name; optional",
                example = "Master batch record") String deliverable,
        @Schema(description = "whether a go/no-go decision is taken here") boolean decisionPoint,
        @Size(max = 50) @Schema(description = "milestones of the same SOW this one depends on")
        List<@NotNull UUID> dependsOn) {

    MilestonePlanning.Request toPlan() {
        return new MilestonePlanning.Request(name.strip(), dueDate, owner.strip(),
                deliverable == null || deliverable.isBlank() ? null : deliverable.strip(), decisionPoint,
                dependsOn == null ? List.of() : dependsOn);
    }

    /** The completion of a milestone: when (today or earlier) and, optionally, a note for the trail. */
    @Schema(name = "MilestoneCompletion")
    public record Completion(@NotNull @Schema(example = "2027-05-28") LocalDate completedOn,
                             @Size(max = 2000) @Schema(example = "Batch released by the QP") String reason) {
    }

    /** Why a held milestone is resumed. */
    @Schema(name = "MilestoneResumption")
    public record Resumption(@NotBlank @Size(max = 2000) @Schema(example = "Re-planned after the repeat "
            + "comparability study") String reason) {
    }

    /** A go/no-go decision with its rationale and signature. */
    @Schema(name = "GoNoGoDecisionRequest")
    public record Decision(@NotNull @Schema(example = "GO_WITH_CONDITIONS")
                           com.partnershipgovernance.agreement.milestone.domain.GoNoGo decision,
                           @NotBlank @Size(max = 4000) @Schema(example = "Yield acceptable; repeat the filter "
                                   + "integrity test on batch 2") String rationale,
                           @NotNull @jakarta.validation.Valid
                           com.partnershipgovernance.platform.signature.SignatureRequest signature) {
    }
}
