package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.ScoreSubmission;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** An evaluator's score of one candidate on one criterion, given as one of their functions. */
@Schema(name = "ScoreRequest")
public record ScoreRequest(
        @NotNull @Schema(description = "a candidate of the selection; 422 otherwise") UUID candidatePartnerId,
        @NotBlank @Schema(description = "a criterion code of the selection's template; 422 otherwise",
                example = "COMPLIANCE") String criterionCode,
        @NotNull @Schema(description = "the function scored as; must be one of the caller's roles, else 403",
                example = "QUALITY") EvaluatingFunction function,
        @NotNull @Min(0) @Max(100) @Schema(description = "a whole number on the template's scale; 400 otherwise",
                example = "4") BigDecimal score,
        @NotBlank @Size(max = 4000) @Schema(example = "Two MHRA inspections without major findings") String comment) {

    ScoreSubmission toSubmission() {
        return new ScoreSubmission(candidatePartnerId, criterionCode, function, WholeNumbers.of(score, "score"),
                comment.strip());
    }
}
