package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A new selection: what is being sourced, on which template version, owned by which function, among which partners. */
@Schema(name = "SelectionRequest")
public record SelectionRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Fill-finish CDMO for Phase II mAb") String title,
        @Size(max = 4000) @Schema(example = "Liquid vials, 2,000 units per batch, EU release") String description,
        @NotNull @Schema(description = "the latest version of a scorecard template; 422 otherwise") UUID templateId,
        @NotNull @Schema(description = "the function that decides (admin may too)", example = "QUALITY")
        EvaluatingFunction ownerFunction,
        @NotEmpty @Size(max = 50) @Schema(description = "existing partners; 422 naming candidatePartnerIds otherwise")
        List<@NotNull UUID> candidatePartnerIds) {

    /** The candidates, each once. */
    Set<UUID> candidates() {
        Set<UUID> candidates = new LinkedHashSet<>(candidatePartnerIds);
        if (candidates.size() != candidatePartnerIds.size()) {
            throw new ValidationException("candidatePartnerIds", "must not list a partner twice");
        }
        return candidates;
    }
}
