package com.partnershipgovernance.agreement.change.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.partnershipgovernance.agreement.change.domain.ApprovalDecision;
import com.partnershipgovernance.agreement.change.domain.ApprovingParty;
import com.partnershipgovernance.agreement.change.domain.ChangeRequest;
import com.partnershipgovernance.agreement.change.domain.ChangeRequestStatus;
import com.partnershipgovernance.agreement.change.domain.PartyDecision;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import com.partnershipgovernance.agreement.quality.domain.Responsibility;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A change request with its impact assessment, who must approve it and the decisions made. Its version is its ETag
 * (not in the body).
 */
@Schema(name = "ChangeRequest")
public record ChangeRequestView(UUID id,
                                UUID partnerId,
                                AgreementKind agreementKind,
                                UUID agreementId,
                                String title,
                                String description,
                                String reason,
                                ChangeRequestRequest.ImpactRequest impact,
                                @Schema(description = "the quality agreement's CHANGE_CONTROL responsibility when "
                                        + "proposed; null when none was in force (the sponsor decides)")
                                Responsibility changeControl,
                                Set<ApprovingParty> requiredApprovals,
                                List<DecisionView> decisions,
                                ChangeRequestStatus status,
                                String proposedBy,
                                Instant createdAt,
                                Instant updatedAt,
                                @JsonIgnore long version) implements Versioned {

    /** A decision made. */
    @Schema(name = "ChangeRequestDecisionView")
    public record DecisionView(ApprovingParty party, ApprovalDecision decision, String decidedBy,
                               String decidedByName, Instant decidedAt, String comment) {
    }

    static ChangeRequestView of(ChangeRequest cr) {
        List<DecisionView> decisions = java.util.Arrays.stream(ApprovingParty.values())
                .flatMap(p -> cr.decisionOf(p).map(d -> view(p, d)).stream()).toList();
        return new ChangeRequestView(cr.id(), cr.partnerId(), cr.agreementKind(), cr.agreementId(), cr.title(),
                cr.description(), cr.reason(), new ChangeRequestRequest.ImpactRequest(cr.impact().quality(),
                cr.impact().regulatory(), cr.impact().timeline(), cr.impact().cost()), cr.changeControl(),
                cr.requiredApprovals(), decisions, cr.status(), cr.proposedBy(), cr.createdAt(), cr.updatedAt(), cr.version());
    }

    private static DecisionView view(ApprovingParty party, PartyDecision d) {
        return new DecisionView(party, d.decision(), d.decidedBy(), d.decidedByName(), d.decidedAt(), d.comment());
    }
}
