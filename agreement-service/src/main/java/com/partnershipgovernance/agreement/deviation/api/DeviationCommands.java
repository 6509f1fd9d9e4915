package com.partnershipgovernance.agreement.deviation.api;

import com.partnershipgovernance.agreement.deviation.domain.DeviationStatus;
import com.partnershipgovernance.agreement.quality.domain.DeviationSeverity;
import com.partnershipgovernance.platform.signature.SignatureRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The bodies of quality's actions on a deviation. */
public final class DeviationCommands {

    private DeviationCommands() {
    }

    /** Sets or changes the severity. */
    @Schema(name = "DeviationClassification")
    public record Classification(@NotNull @Schema(example = "CRITICAL") DeviationSeverity severity,
                                 @NotBlank @Size(max = 2000) @Schema(example = "Product impact confirmed")
                                 String reason) {
    }

    /** The investigation's findings and, once known, the root cause. */
    @Schema(name = "DeviationInvestigation")
    public record Investigation(@NotBlank @Size(max = 8000) @Schema(example = "Column lot 7 degraded") String findings,
                                @Size(max = 4000) @Schema(example = "Column used beyond its qualified lifetime")
                                String rootCause) {
    }

    /** A corrective or preventive action. */
    @Schema(name = "CapaActionRequest")
    public record CapaActionRequest(@NotBlank @Size(max = 4000) @Schema(example = "Track column injections in LIMS")
                                    String description,
                                    @NotBlank @Size(max = 200) @Schema(example = "Head of QC, Aurora") String owner,
                                    @NotNull @Schema(example = "2027-06-30") LocalDate dueOn) {
    }

    /** The check whether an action worked; effective closes it. */
    @Schema(name = "EffectivenessCheck")
    public record EffectivenessCheck(@NotNull @Schema(example = "2027-07-15") LocalDate checkedOn,
                                     @NotBlank @Size(max = 4000) @Schema(example = "No OOS in 20 batches since")
                                     String result,
                                     @NotNull @Schema(example = "true") Boolean effective) {
    }

    /** A lifecycle move; closure needs the signature's meaning. */
    @Schema(name = "DeviationStatusChange")
    public record StatusChange(@NotNull @Schema(example = "CLOSED") DeviationStatus to,
                               @NotBlank @Size(max = 2000) @Schema(example = "Root cause found, CAPA effective")
                               String reason,
                               @Valid @Schema(description = "required to close") SignatureRequest signature) {
    }
}
