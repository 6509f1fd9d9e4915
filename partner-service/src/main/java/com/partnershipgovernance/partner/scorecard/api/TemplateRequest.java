package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.CriterionDefinition;
import com.partnershipgovernance.partner.scorecard.domain.CriterionKind;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.ScoringScale;
import com.partnershipgovernance.partner.scorecard.domain.TemplateContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A scorecard template as its author writes it: name, scale and weighted criteria (weights sum to 100). */
@Schema(name = "ScorecardTemplateRequest")
public record TemplateRequest(
        @NotBlank @Size(max = 300) @Schema(example = "CDMO selection scorecard") String name,
        @Size(max = 4000) @Schema(example = "For sterile drug-product CDMOs") String description,
        @NotNull @Valid ScaleRequest scale,
        // elements are validated by toContent(), so that errors name criteria[i].field
        @NotEmpty @Size(max = 50)
        @Schema(description = "weights must sum to 100, else 422 naming criteria") List<@NotNull CriterionRequest> criteria) {

    /** The whole-number scale evaluators score on. */
    @Schema(name = "ScoringScale")
    public record ScaleRequest(@NotNull @Min(0) @Max(100) @Schema(example = "1") BigDecimal min,
                               @NotNull @Min(0) @Max(100) @Schema(example = "5") BigDecimal max) {
    }

    /** One criterion. */
    @Schema(name = "CriterionRequest")
    public record CriterionRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,49}", message = "must be UPPER_SNAKE, e.g. EXPERTISE")
            @Schema(description = "unique in the template; scores refer to it", example = "COMPLIANCE") String code,
            @NotBlank @Size(max = 300) @Schema(example = "Compliance record and audit history") String name,
            @Size(max = 4000) @Schema(example = "5: no critical or major findings in the last 3 inspections")
            String description,
            @NotNull @Min(1) @Max(100) @Schema(description = "percent of the total, a whole number", example = "25")
            BigDecimal weight,
            @NotNull @Schema(description = "VALUE (expertise, compliance, capacity), COST (cost and total value) "
                    + "or OTHER; the cost-driven-choice warning compares COST against VALUE criteria",
                    example = "VALUE") CriterionKind kind,
            @NotEmpty @Schema(description = "the functions that must score this criterion", example = "[\"QUALITY\"]")
            Set<@NotNull EvaluatingFunction> requiredFunctions) {
    }

    TemplateContent toContent() {
        ElementValidation.check("criteria", criteria);
        ScoringScale scoringScale = new ScoringScale(WholeNumbers.of(scale.min(), "scale.min"),
                WholeNumbers.of(scale.max(), "scale.max"));
        List<CriterionDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRequest c = criteria.get(i);
            definitions.add(new CriterionDefinition(c.code(), c.name().strip(), c.description(),
                    WholeNumbers.of(c.weight(), "criteria[" + i + "].weight"), c.kind(), c.requiredFunctions()));
        }
        return new TemplateContent(name.strip(), description, scoringScale, definitions);
    }
}
