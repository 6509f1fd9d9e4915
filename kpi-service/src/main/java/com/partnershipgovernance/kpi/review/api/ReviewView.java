package com.partnershipgovernance.kpi.review.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnershipgovernance.kpi.review.DashboardSnapshot;
import com.partnershipgovernance.kpi.review.domain.ActionCompletion;
import com.partnershipgovernance.kpi.review.domain.Attendee;
import com.partnershipgovernance.kpi.review.domain.ReviewAction;
import com.partnershipgovernance.kpi.review.domain.ReviewContent;
import com.partnershipgovernance.kpi.review.domain.SteeringCommitteeReview;
import com.partnershipgovernance.platform.signature.ElectronicSignatures;
import com.partnershipgovernance.platform.signature.SignatureView;
import com.partnershipgovernance.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A steering-committee review as read: its content, the chair's signature and the dashboard snapshot. */
@Schema(name = "SteeringCommitteeReview")
public record ReviewView(UUID id, @Schema(example = "2026-10-15") LocalDate heldOn, List<Attendee> attendees,
                         List<UUID> partnerIds, List<String> kpiCodes, List<String> decisions,
                         List<ReviewAction> actions, String recordedBy, String recordedByName, Instant recordedAt,
                         @Schema(description = "true once the chair signed: the review is then not edited")
                         boolean signed,
                         @Schema(description = "the chair's signature, null before signing") SignatureView signature,
                         Instant snapshotTakenAt,
                         // kept as the JSON stored at recording, so a later change of the dashboard's types
                         // cannot alter what the committee saw; documented as the object it is, not as a JsonNode
                         @Schema(implementation = DashboardSnapshot.class, description = "the dashboards of the "
                                 + "reviewed partners as of heldOn, as they stood when the review was recorded")
                         JsonNode dashboardSnapshot,
                         @Schema(description = "the completed actions, by their index in actions")
                         List<CompletionView> completions,
                         @Schema(example = "0") long version) implements Versioned {

    /** The completion of one action. */
    @Schema(name = "ReviewActionCompletion")
    public record CompletionView(@Schema(example = "0") int actionIndex,
                                 @Schema(example = "2026-11-10") LocalDate completedOn,
                                 @Schema(example = "Query desk staffed") String note, String completedByName,
                                 Instant completedAt) {

        static CompletionView of(ActionCompletion c) {
            return new CompletionView(c.actionIndex(), c.completedOn(), c.note(), c.completedByName(),
                    c.completedAt());
        }
    }

    static ReviewView of(SteeringCommitteeReview review, List<ActionCompletion> completions, ObjectMapper mapper) {
        ReviewContent content = review.content();
        JsonNode snapshot;
        try {
            snapshot = mapper.readTree(review.dashboardSnapshot());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReviewView(review.id(), content.heldOn(), content.attendees(), content.partnerIds(),
                content.kpiCodes(), content.decisions(), content.actions(), review.recordedBy(),
                review.recordedByName(), review.recordedAt(), review.isSigned(),
                ElectronicSignatures.view(review.signature(), review.signedContent()), review.snapshotTakenAt(),
                snapshot, completions.stream().map(CompletionView::of).toList(), review.version());
    }
}
