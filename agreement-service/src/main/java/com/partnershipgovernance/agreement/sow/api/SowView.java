package com.partnershipgovernance.agreement.sow.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.partnershipgovernance.agreement.lifecycle.api.AgreementAnswer;
import com.partnershipgovernance.agreement.lifecycle.domain.AgreementStatus;
import com.partnershipgovernance.agreement.lifecycle.api.ReviewFlagView;
import com.partnershipgovernance.agreement.shared.api.MoneyView;
import com.partnershipgovernance.agreement.sow.domain.BudgetPosition;
import com.partnershipgovernance.agreement.sow.domain.Deliverable;
import com.partnershipgovernance.agreement.sow.domain.EscalationLevel;
import com.partnershipgovernance.agreement.sow.domain.Responsibility;
import com.partnershipgovernance.agreement.sow.domain.SowKind;
import com.partnershipgovernance.agreement.sow.domain.SowTerms;
import com.partnershipgovernance.agreement.sow.domain.SowVersion;
import com.partnershipgovernance.agreement.sow.domain.StatementOfWork;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A SOW as it stands: its latest version (the original or the newest amendment) with status and terms, and
 * which version is in force. Its ETag is the SOW's version.
 */
@Schema(name = "Sow")
public record SowView(UUID id,
                      UUID msaId,
                      UUID partnerId,
                      @Schema(example = "MANUFACTURING") SowKind kind,
                      @JsonProperty("version") @Schema(description = "the latest version's number", example = "1")
                      int latestVersion,
                      @Schema(description = "the latest version's status", example = "DRAFT") AgreementStatus status,
                      @Schema(description = "the version binding the parties (EXECUTED or SUSPENDED), if any")
                      Integer inForceVersion,
                      Terms terms,
                      @Schema(description = "why the latest version amends the previous one; null for version 1")
                      String amendmentReason,
                      @Schema(description = "the budget in force against the spend posted so far")
                      SpendView.Position spend,
                      boolean flaggedForReview,
                      @Schema(description = "why and since when the SOW is flagged for review (its partner was "
                              + "suspended or disqualified)") ReviewFlagView reviewFlag,
                      Instant createdAt,
                      Instant updatedAt,
                      @JsonIgnore long recordVersion) implements AgreementAnswer {

    /** The terms of one version. */
    @Schema(name = "SowTerms")
    public record Terms(@Schema(example = "GMP manufacture of three PPQ batches") String title,
                        List<String> activities,
                        List<DeliverableView> deliverables,
                        TimelineView timeline,
                        MoneyView budget,
                        List<EscalationLevelView> escalationPath,
                        @Schema(description = "agreed in the terms, or moved by a periodic review")
                        LocalDate reviewOn) {

        /** The terms of {@code version}, with its review date as a periodic review may have moved it. */
        static Terms of(SowVersion version) {
            SowTerms t = version.terms();
            return new Terms(t.title(), t.activities(), t.deliverables().stream().map(DeliverableView::of).toList(),
                    new TimelineView(t.startOn(), t.endOn()), MoneyView.of(t.budget()),
                    t.escalationPath().stream().map(EscalationLevelView::of).toList(), version.reviewOn());
        }
    }

    /** A deliverable and who delivers it. */
    @Schema(name = "SowDeliverable")
    public record DeliverableView(@Schema(example = "PPQ batch records") String name, String description,
                                  @Schema(example = "PARTNER") Responsibility responsibility) {
        static DeliverableView of(Deliverable d) {
            return new DeliverableView(d.name(), d.description(), d.responsibility());
        }
    }

    /** Start and end of the work. */
    @Schema(name = "SowTimelineView")
    public record TimelineView(LocalDate startOn, LocalDate endOn) {
    }

    /** One level of the escalation path. */
    @Schema(name = "SowEscalationLevelView")
    public record EscalationLevelView(@Schema(example = "1") int level,
                                      @Schema(example = "Pat Project") String sponsorContact,
                                      @Schema(example = "Chris Client") String partnerContact,
                                      @Schema(example = "5") int escalateAfterDays) {
        static EscalationLevelView of(EscalationLevel l) {
            return new EscalationLevelView(l.level(), l.sponsorContact(), l.partnerContact(), l.escalateAfterDays());
        }
    }

    static SowView of(StatementOfWork sow, BudgetPosition spend) {
        SowVersion latest = sow.latest();
        return new SowView(sow.id(), sow.msaId(), sow.partnerId(), sow.kind(), latest.number(), latest.status(),
                sow.inForce().map(SowVersion::number).orElse(null), Terms.of(latest),
                latest.amendmentReason(), SpendView.Position.of(spend), sow.isFlaggedForReview(),
                ReviewFlagView.of(sow),
                sow.createdAt(), sow.updatedAt(), sow.version());
    }
}
