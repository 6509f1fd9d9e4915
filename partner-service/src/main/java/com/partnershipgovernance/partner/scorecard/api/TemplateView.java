package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.CriterionDefinition;
import com.partnershipgovernance.partner.scorecard.domain.CriterionKind;
import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A scorecard template version as the API shows it. */
@Schema(name = "ScorecardTemplate")
public record TemplateView(UUID id,
                           @Schema(description = "shared by every version of this template") UUID familyId,
                           @Schema(example = "2") int templateVersion,
                           @Schema(description = "the version this one was revised from") UUID previousVersionId,
                           @Schema(description = "whether this is the newest version of the template") boolean latest,
                           @Schema(description = "whether a selection uses it; then a revision makes a new version")
                           boolean inUse,
                           @Schema(example = "CDMO selection scorecard") String name,
                           String description,
                           Scale scale,
                           List<CriterionView> criteria,
                           @Schema(example = "u-1234") String createdBy,
                           @Schema(example = "Dana Quality") String createdByName,
                           Instant createdAt,
                           @Schema(description = "the record's version, also its ETag", example = "0") long version)
        implements Versioned {

    /** The scoring scale. */
    @Schema(name = "ScoringScaleView")
    public record Scale(@Schema(example = "1") int min, @Schema(example = "5") int max) {
    }

    /** One criterion. */
    @Schema(name = "Criterion")
    public record CriterionView(@Schema(example = "COMPLIANCE") String code,
                                @Schema(example = "Compliance record and audit history") String name,
                                String description,
                                @Schema(example = "25") int weight,
                                CriterionKind kind,
                                List<EvaluatingFunction> requiredFunctions) {

        static CriterionView of(CriterionDefinition c) {
            return new CriterionView(c.code(), c.name(), c.description(), c.weight(), c.kind(),
                    c.requiredFunctions().stream().sorted().toList());
        }
    }

    static TemplateView of(ScorecardTemplate t, boolean latest, boolean inUse) {
        return new TemplateView(t.id(), t.familyId(), t.templateVersion(), t.previousVersionId(), latest, inUse,
                t.name(), t.description(), new Scale(t.scale().min(), t.scale().max()),
                t.definitions().stream().map(CriterionView::of).toList(), t.createdBy(), t.createdByName(),
                t.createdAt(), t.version());
    }
}
