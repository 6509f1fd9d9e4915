package com.partnershipgovernance.agreement.batch.api;

import com.partnershipgovernance.agreement.batch.BatchRecords;
import com.partnershipgovernance.agreement.batch.domain.Disposition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A batch manufactured under a MANUFACTURING SOW. */
@Schema(name = "BatchRequest")
public record BatchRequest(
        @NotNull @Schema(description = "the MANUFACTURING SOW it was made under") UUID sowId,
        @NotBlank @Size(max = 100) @Schema(description = "batch or lot number", example = "ABC123-DS-0007")
        String batchNumber,
        @NotBlank @Size(max = 300) @Schema(example = "ABC-123 drug substance") String product,
        @NotNull @PastOrPresent @Schema(example = "2027-04-02") LocalDate manufacturedOn,
        @Schema(description = "whether it needed rework") boolean rework,
        @Size(max = 100) @Schema(description = "deviations raised about it, if known")
        List<@NotNull UUID> deviationIds) {

    BatchRecords.Request toRequest() {
        return new BatchRecords.Request(sowId, batchNumber.strip(), product.strip(), manufacturedOn, rework,
                deviationIds == null ? List.of() : deviationIds);
    }

    /** A disposition: RELEASED or REJECTED, why, and when (today when omitted). */
    @Schema(name = "BatchDispositionRequest")
    public record DispositionRequest(@NotNull @Schema(example = "RELEASED") Disposition to,
                                     @NotBlank @Size(max = 2000) @Schema(example = "Certified by the QP")
                                     String reason,
                                     @Schema(example = "2027-04-20") LocalDate dispositionedOn) {
    }

    /** Why a batch needed rework. */
    @Schema(name = "BatchReworkRequest")
    public record ReworkRequest(@NotBlank @Size(max = 2000) @Schema(example = "Re-filtered after bioburden excursion")
                                String reason) {
    }
}
