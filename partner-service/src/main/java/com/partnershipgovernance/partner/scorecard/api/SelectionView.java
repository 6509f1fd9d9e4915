package com.partnershipgovernance.partner.scorecard.api;

import com.partnershipgovernance.partner.scorecard.domain.EvaluatingFunction;
import com.partnershipgovernance.partner.scorecard.domain.ScorecardTemplate;
import com.partnershipgovernance.partner.scorecard.domain.Selection;
import com.partnershipgovernance.partner.scorecard.domain.SelectionStatus;
import com.partnershipgovernance.platform.http.Versioned;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A selection as the API shows it, with its decision once signed. */
@Schema(name = "Selection")
public record SelectionView(UUID id,
                            @Schema(example = "Fill-finish CDMO for Phase II mAb") String title,
                            String description,
                            UUID templateId,
                            @Schema(example = "CDMO selection scorecard") String templateName,
                            @Schema(example = "1") int templateVersion,
                            EvaluatingFunction ownerFunction,
                            SelectionStatus status,
                            List<CandidateView> candidates,
                            @Schema(example = "u-1234") String createdBy,
                            @Schema(example = "Dana Quality") String createdByName,
                            Instant createdAt,
                            @Schema(description = "null until decided") DecisionView decision,
                            @Schema(description = "the record's version, also its ETag", example = "0") long version)
        implements Versioned {

    /** A candidate partner. */
    @Schema(name = "SelectionCandidate")
    public record CandidateView(UUID partnerId, @Schema(example = "Acme Biologics GmbH") String legalName) {
    }

    /** The signed decision. */
    @Schema(name = "SelectionDecision")
    public record DecisionView(UUID chosenPartnerId,
                               @Schema(example = "Acme Biologics GmbH") String chosenPartnerName,
                               @Schema(example = "Best compliance record; cost gap accepted") String rationale,
                               @Schema(example = "u-1234") String decidedBy,
                               @Schema(example = "Dana Quality") String decidedByName,
                               Instant decidedAt,
                               SignatureView signature) {
    }

    static SelectionView of(Selection s, ScorecardTemplate template, Map<UUID, String> names) {
        DecisionView decision = s.chosenPartnerId() == null ? null : new DecisionView(s.chosenPartnerId(),
                names.get(s.chosenPartnerId()), s.rationale(), s.decidedBy(), s.decidedByName(), s.decidedAt(),
                ElectronicSignatures.view(s.signature(), s.signedContent()));
        return new SelectionView(s.id(), s.title(), s.description(), s.templateId(), template.name(),
                template.templateVersion(), s.ownerFunction(), s.status(),
                s.candidates().stream().map(id -> new CandidateView(id, names.get(id))).toList(),
                s.createdBy(), s.createdByName(), s.createdAt(), decision, s.version());
    }
}
