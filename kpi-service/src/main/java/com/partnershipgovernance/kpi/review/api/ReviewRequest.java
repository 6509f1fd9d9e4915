package com.partnershipgovernance.kpi.review.api;

import com.partnershipgovernance.kpi.review.domain.Attendee;
import com.partnershipgovernance.kpi.review.domain.Organisation;
import com.partnershipgovernance.kpi.review.domain.ReviewAction;
import com.partnershipgovernance.kpi.review.domain.ReviewContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A steering-committee review as recorded (or revised before it is signed). */
@Schema(name = "SteeringCommitteeReviewRequest")
public record ReviewRequest(
        @NotNull @Schema(example = "2026-10-15", description = "the day the committee met") LocalDate heldOn,
        @NotEmpty @Size(max = 100) @Valid List<@NotNull AttendeeRequest> attendees,
        @NotEmpty @Size(max = 100) @Schema(description = "partners reviewed: partners kpi-service knows")
        List<@NotNull UUID> partnerIds,
        @NotEmpty @Size(max = 100) @Schema(description = "KPIs reviewed: known KPI codes",
                example = "[\"ON_TIME_MILESTONE_RATE\"]") List<@NotBlank String> kpiCodes,
        @Size(max = 200) List<@NotBlank @Size(max = 4000) String> decisions,
        @Size(max = 200) @Valid List<@NotNull ActionRequest> actions) {

    /** Someone who attended. */
    @Schema(name = "ReviewAttendee")
    public record AttendeeRequest(@NotBlank @Size(max = 200) @Schema(example = "Dana Chair") String name,
                                  @NotNull @Schema(example = "SPONSOR") Organisation organisation,
                                  @NotBlank @Size(max = 200) @Schema(example = "Chair") String role) {
    }

    /** An action the committee gave to an owner, due on or after the review date. */
    @Schema(name = "ReviewAction")
    public record ActionRequest(@NotBlank @Size(max = 4000) @Schema(example = "Recovery plan for milestone slips")
                                String description,
                                @NotBlank @Size(max = 200) @Schema(example = "Pat Partner") String owner,
                                @NotNull @Schema(example = "2026-11-15") LocalDate dueOn) {
    }

    ReviewContent toContent() {
        return new ReviewContent(heldOn,
                attendees.stream().map(a -> new Attendee(a.name().strip(), a.organisation(), a.role().strip())).toList(),
                partnerIds, kpiCodes,
                decisions == null ? List.of() : decisions.stream().map(String::strip).toList(),
                actions == null ? List.of() : actions.stream()
                        .map(a -> new ReviewAction(a.description().strip(), a.owner().strip(), a.dueOn())).toList());
    }
}
