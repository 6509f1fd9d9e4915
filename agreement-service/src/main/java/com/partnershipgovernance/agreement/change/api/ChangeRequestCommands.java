package com.partnershipgovernance.agreement.change.api;

import com.partnershipgovernance.agreement.change.domain.ApprovalDecision;
import com.partnershipgovernance.agreement.change.domain.ApprovingParty;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of decisions and moves on a change request. */
public final class ChangeRequestCommands {

    private ChangeRequestCommands() {
    }

    /** One party's decision. */
    @Schema(name = "ChangeRequestDecision")
    public record Decision(@NotNull @Schema(example = "SPONSOR") ApprovingParty party,
                           @NotNull @Schema(example = "APPROVED") ApprovalDecision decision,
                           @Size(max = 4000) @Schema(example = "Acceptable with PPQ on three batches") String comment) {
    }

    /** Implement, close or withdraw. */
    @Schema(name = "ChangeRequestStatusChange")
    public record StatusChange(@NotNull @Schema(example = "IMPLEMENTED") ChangeRequestStatus to,
                               @NotBlank @Size(max = 2000) @Schema(example = "Line 2 released for use") String reason) {
    }
}
